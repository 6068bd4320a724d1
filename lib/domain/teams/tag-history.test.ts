import { describe, expect, it } from 'vitest'
import { recordTags, tagsOnDay, type TagsFrom } from './tag-history'

const history: TagsFrom[] = [
  { from: '2026-10-01', tags: { team: 'search' } },
  { from: '2026-11-15', tags: { team: 'recsys' } },
]

describe('tag history', () => {
  it('a cost takes the tags in force on its own day: a function that moves team keeps its past', () => {
    expect(tagsOnDay(history, '2026-09-30')).toEqual({})
    expect(tagsOnDay(history, '2026-10-01')).toEqual({ team: 'search' })
    expect(tagsOnDay(history, '2026-11-14')).toEqual({ team: 'search' })
    expect(tagsOnDay(history, '2026-11-15')).toEqual({ team: 'recsys' })
    expect(tagsOnDay([...history].reverse(), '2026-12-01')).toEqual({ team: 'recsys' })
  })

  it('records a change only when the tags differ from those in force', () => {
    expect(recordTags(history, { from: '2026-12-01', tags: { team: 'recsys' } })).toEqual(history)
    const moved = recordTags(history, { from: '2026-12-01', tags: { team: 'search', env: 'prod' } })
    expect(moved.map((entry) => entry.from)).toEqual(['2026-10-01', '2026-11-15', '2026-12-01'])
    // A second observation the same day replaces the first rather than stacking.
    expect(recordTags(moved, { from: '2026-12-01', tags: {} }).at(-1)).toEqual({ from: '2026-12-01', tags: {} })
    expect(recordTags(moved, { from: '2026-12-01', tags: {} })).toHaveLength(3)
  })
})
