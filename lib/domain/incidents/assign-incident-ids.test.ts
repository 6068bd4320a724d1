import { describe, expect, it } from 'vitest'
import { assignIncidentIds } from './assign-incident-ids'

describe('assignIncidentIds: which stored incident each regrouped incident continues', () => {
  it('first detection: every group is a new incident', () => {
    expect(
      assignIncidentIds(
        [
          { rootId: 1, memberIds: [1, 2, 3] },
          { rootId: 4, memberIds: [4] },
        ],
        new Map([
          [1, null],
          [2, null],
          [3, null],
          [4, null],
        ]),
      ),
    ).toEqual([
      { memberIds: [1, 2, 3], incidentId: null, inheritsFrom: null, absorbs: [] },
      { memberIds: [4], incidentId: null, inheritsFrom: null, absorbs: [] },
    ])
  })

  it('re-detection of the same story keeps its incident (and so its status and alerts); a new symptom joins it', () => {
    expect(
      assignIncidentIds(
        [{ rootId: 1, memberIds: [1, 2, 9] }],
        new Map([
          [1, 10],
          [2, 10],
          [9, null],
        ]),
      ),
    ).toEqual([{ memberIds: [1, 2, 9], incidentId: 10, inheritsFrom: null, absorbs: [] }])
  })

  it('a root cause found later joins the incident its symptoms already had: no second alert', () => {
    expect(
      assignIncidentIds(
        [{ rootId: 7, memberIds: [7, 2] }],
        new Map([
          [7, null],
          [2, 11],
        ]),
      )[0],
    ).toMatchObject({ incidentId: 11, absorbs: [] })
  })

  it('two incidents that now overlap merge into the root cause’s, which absorbs the other', () => {
    expect(
      assignIncidentIds(
        [{ rootId: 5, memberIds: [3, 5] }],
        new Map([
          [3, 12],
          [5, 20],
        ]),
      ),
    ).toEqual([{ memberIds: [3, 5], incidentId: 20, inheritsFrom: null, absorbs: [12] }])
  })

  it('without a stored root, the oldest incident continues', () => {
    expect(
      assignIncidentIds(
        [{ rootId: 1, memberIds: [1, 3, 5] }],
        new Map([
          [1, null],
          [3, 20],
          [5, 12],
        ]),
      )[0],
    ).toMatchObject({ incidentId: 12, absorbs: [20] })
  })

  it('an incident split in two: the root’s group keeps it, the other is new and keeps its status', () => {
    expect(
      assignIncidentIds(
        [
          { rootId: 2, memberIds: [2] },
          { rootId: 1, memberIds: [1] },
        ],
        new Map([
          [1, 30],
          [2, 30],
        ]),
      ),
    ).toEqual([
      { memberIds: [2], incidentId: 30, inheritsFrom: null, absorbs: [] },
      { memberIds: [1], incidentId: null, inheritsFrom: 30, absorbs: [] },
    ])
  })

  it('an incident split into two groups that each merge with another: each absorbed incident is handed over once', () => {
    const plan = assignIncidentIds(
      [
        { rootId: 1, memberIds: [1, 2] },
        { rootId: 3, memberIds: [3, 4] },
      ],
      new Map([
        [1, 50],
        [2, 60],
        [3, 70],
        [4, 60],
      ]),
    )
    expect(plan.map((assignment) => [assignment.incidentId, assignment.absorbs])).toEqual([
      [50, [60]],
      [70, []],
    ])
  })
})
