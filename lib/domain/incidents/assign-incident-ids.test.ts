import { describe, expect, it } from 'vitest'
import { assignIncidentIds } from './assign-incident-ids'

describe('assignIncidentIds: which stored incident each regrouped incident continues', () => {
  it('first detection: every group is a new incident', () => {
    const plan = assignIncidentIds([{ rootId: 1, memberIds: [1, 2, 3] }, { rootId: 4, memberIds: [4] }], new Map([[1, null], [2, null], [3, null], [4, null]]), [])
    expect(plan).toEqual({
      assignments: [
        { memberIds: [1, 2, 3], incidentId: null, inheritStatusFrom: null, absorbs: [] },
        { memberIds: [4], incidentId: null, inheritStatusFrom: null, absorbs: [] },
      ],
      removed: [],
    })
  })

  it('re-detection of the same story keeps its incident (and so its status and alerts); a new symptom joins it', () => {
    const plan = assignIncidentIds([{ rootId: 1, memberIds: [1, 2, 9] }], new Map([[1, 10], [2, 10], [9, null]]), [10])
    expect(plan.assignments).toEqual([{ memberIds: [1, 2, 9], incidentId: 10, inheritStatusFrom: null, absorbs: [] }])
    expect(plan.removed).toEqual([])
  })

  it('a root cause found later joins the incident its symptoms already had: no second alert', () => {
    const plan = assignIncidentIds([{ rootId: 7, memberIds: [7, 2] }], new Map([[7, null], [2, 11]]), [11])
    expect(plan.assignments[0]).toMatchObject({ incidentId: 11, absorbs: [] })
  })

  it('two incidents that now overlap merge into the root cause’s; the other is absorbed and removed', () => {
    const plan = assignIncidentIds([{ rootId: 5, memberIds: [3, 5] }], new Map([[3, 12], [5, 20]]), [12, 20])
    expect(plan.assignments).toEqual([{ memberIds: [3, 5], incidentId: 20, inheritStatusFrom: null, absorbs: [12] }])
    expect(plan.removed).toEqual([12])
  })

  it('without a stored root, the oldest incident continues', () => {
    const plan = assignIncidentIds([{ rootId: 1, memberIds: [1, 3, 5] }], new Map([[1, null], [3, 20], [5, 12]]), [12, 20])
    expect(plan.assignments[0]).toMatchObject({ incidentId: 12, absorbs: [20] })
  })

  it('an incident split in two: the root’s group keeps it, the other is new with the old status', () => {
    const plan = assignIncidentIds(
      [
        { rootId: 2, memberIds: [2] },
        { rootId: 1, memberIds: [1] },
      ],
      new Map([[1, 30], [2, 30]]),
      [30],
    )
    expect(plan.assignments).toEqual([
      { memberIds: [2], incidentId: 30, inheritStatusFrom: null, absorbs: [] },
      { memberIds: [1], incidentId: null, inheritStatusFrom: 30, absorbs: [] },
    ])
  })

  it('incidents whose detections are all gone (no longer detected) are removed', () => {
    const plan = assignIncidentIds([{ rootId: 1, memberIds: [1] }], new Map([[1, 40]]), [40, 41, 41])
    expect(plan.removed).toEqual([41])
  })
})
