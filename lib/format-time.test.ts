import { describe, expect, it } from 'vitest'
import { formatDuration, formatUtcTime } from './format-time'

describe('time formatting', () => {
  it('shows instants in UTC and durations in readable units', () => {
    expect(formatUtcTime('2026-11-22T07:08:12.345Z')).toBe('22 Nov 07:08 UTC')
    expect(formatDuration(42_400)).toBe('42 s')
    expect(formatDuration(185_000)).toBe('3 min 5 s')
    expect(formatDuration(3_720_000)).toBe('1 h 2 min')
  })
})
