import { describe, expect, it } from 'vitest'
import { developmentSchedule, korea, lines } from './__fixtures__/development-schedule'
import { dueActions } from './due-actions'
import { planActions } from './plan-actions'

describe('due actions', () => {
  const plan = planActions(developmentSchedule(), { from: '2026-12-22', to: '2026-12-22', calendar: korea })
  const due = (now: string, windowMinutes?: number) => lines(dueActions(plan, new Date(now), windowMinutes))

  it('takes the actions in the 5 minutes up to and including now, in execution order', () => {
    expect(due('2026-12-22T09:30:00+09:00')).toEqual([
      '2026-12-22T09:30:00+09:00 start db',
      '2026-12-22T09:30:00+09:00 start api',
    ])
    expect(due('2026-12-22T09:34:59+09:00')).toHaveLength(2)
    expect(due('2026-12-22T22:03:00+09:00')).toEqual([
      '2026-12-22T22:00:00+09:00 stop api',
      '2026-12-22T22:00:00+09:00 stop db',
    ])
  })

  it('excludes the start of the window, so ticks 5 minutes apart take each action once', () => {
    expect(due('2026-12-22T09:35:00+09:00')).toEqual([])
    expect(due('2026-12-22T09:29:59+09:00')).toEqual([])
  })

  it('reads now as an instant, whatever its offset', () => {
    expect(due('2026-12-22T00:31:00Z')).toHaveLength(2)
  })

  it('takes another window when asked, and refuses a window that is not a whole number of minutes', () => {
    expect(due('2026-12-22T09:44:00+09:00', 15)).toHaveLength(2)
    expect(due('2026-12-22T09:45:00+09:00', 15)).toEqual([])
    expect(() => due('2026-12-22T09:30:00+09:00', 0)).toThrow(RangeError)
    expect(() => due('2026-12-22T09:30:00+09:00', 2.5)).toThrow(RangeError)
  })
})
