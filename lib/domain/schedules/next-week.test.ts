import { describe, expect, it } from 'vitest'
import { nextWeek } from './next-week'

const at = (iso: string) => Date.parse(iso)

describe('nextWeek', () => {
  it('is the Monday to Sunday after the week holding now, in the given zone', () => {
    // Monday 7 December 2026, noon in Seoul.
    expect(nextWeek(at('2026-12-07T03:00:00Z'), 'Asia/Seoul')).toEqual({ from: '2026-12-14', to: '2026-12-20' })
    // Sunday 13 December, 23:00 in Seoul: still the week of the 7th.
    expect(nextWeek(at('2026-12-13T14:00:00Z'), 'Asia/Seoul')).toEqual({ from: '2026-12-14', to: '2026-12-20' })
  })

  it("follows the zone's date where UTC is on another day", () => {
    // 16:00 UTC on Sunday 13 December is 01:00 on Monday the 14th in Seoul but still Sunday in New York.
    expect(nextWeek(at('2026-12-13T16:00:00Z'), 'Asia/Seoul')).toEqual({ from: '2026-12-21', to: '2026-12-27' })
    expect(nextWeek(at('2026-12-13T16:00:00Z'), 'America/New_York')).toEqual({ from: '2026-12-14', to: '2026-12-20' })
  })
})
