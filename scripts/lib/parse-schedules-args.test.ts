import { describe, expect, test } from 'vitest'
import { parseSchedulesArgs } from './parse-schedules-args'

describe('parseSchedulesArgs', () => {
  test('run-due at a given instant, with its offset, or now', () => {
    expect(parseSchedulesArgs(['run-due', '--now', '2026-12-22T09:30:00+09:00'])).toEqual({
      command: 'run-due',
      now: new Date('2026-12-22T00:30:00.000Z'),
    })
    expect(parseSchedulesArgs(['run-due', '--now=2026-12-22T00:30Z']).now?.toISOString()).toBe(
      '2026-12-22T00:30:00.000Z',
    )
    expect(parseSchedulesArgs(['run-due'])).toEqual({ command: 'run-due', now: null })
  })

  test('refuses another command, an instant without its offset, and an impossible date', () => {
    expect(() => parseSchedulesArgs([])).toThrow(/^Unknown command \(none given\); usage: npm run schedules -- run-due/)
    expect(() => parseSchedulesArgs(['run'])).toThrow(/^Unknown command run;/)
    expect(() => parseSchedulesArgs(['run-due', '--now', '2026-12-22T09:30:00'])).toThrow(
      /--now must be an ISO 8601 instant with its offset/,
    )
    expect(() => parseSchedulesArgs(['run-due', '--now', '2026-13-40T09:30:00Z'])).toThrow(/--now must be/)
    expect(() => parseSchedulesArgs(['run-due', '--later'])).toThrow()
  })
})
