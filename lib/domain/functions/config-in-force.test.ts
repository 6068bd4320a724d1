import { describe, expect, it } from 'vitest'
import { configBefore, configOnDay } from './config-in-force'

const first = { validFrom: '2026-10-01T00:00:00.000Z', memoryMb: 1024 }
// Deployed at 15:30 on 3 Oct.
const second = { validFrom: '2026-10-03T15:30:00.000Z', memoryMb: 512 }
const history = [first, second]

describe('configOnDay', () => {
  it('is the configuration at the end of the day: a deploy during a day counts for the whole day', () => {
    expect(configOnDay(history, '2026-10-02', 'none')).toBe(first)
    expect(configOnDay(history, '2026-10-03', 'none')).toBe(second)
    expect(configOnDay(history, '2026-10-04', 'none')).toBe(second)
  })

  it('before the first snapshot: none, or the first one when asked for', () => {
    expect(configOnDay(history, '2026-09-30', 'none')).toBeNull()
    expect(configOnDay(history, '2026-09-30', 'first')).toBe(first)
    expect(configOnDay([], '2026-10-02', 'first')).toBeNull()
  })
})

describe('configBefore', () => {
  it('counts a snapshot from strictly before the instant', () => {
    expect(configBefore(history, '2026-10-03T15:30:00.000Z', 'none')).toBe(first)
    expect(configBefore(history, '2026-10-03T15:30:00.001Z', 'none')).toBe(second)
  })
})
