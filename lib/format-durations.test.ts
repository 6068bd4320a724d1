import { describe, expect, it } from 'vitest'
import { formatDuration, formatDurationMs } from './format-durations'

describe('durations', () => {
  it('that passed read in readable units', () => {
    expect(formatDuration(42_400)).toBe('42 s')
    expect(formatDuration(185_000)).toBe('3 min 5 s')
    expect(formatDuration(3_720_000)).toBe('1 h 2 min')
  })

  it('that were measured keep the precision that matters at their size', () => {
    expect(formatDurationMs(null)).toBe('—')
    expect(formatDurationMs(4.25)).toBe('4.3 ms')
    expect(formatDurationMs(9_500)).toBe('9.5 s')
    expect(formatDurationMs(900_000)).toBe('15 min')
  })
})
