import { describe, expect, it } from 'vitest'
import { eachDay } from '@/lib/domain/calendar'
import { toDecimal } from '@/lib/domain/money'
import { budgetHistory, budgetMonth, budgetStatus } from './budget-months'

const perDay = toDecimal('0.4')
// November 27 times over budget every day, then December back on budget.
const actual = [
  ...eachDay('2026-10-01', '2026-10-31').map((day) => ({ day, pingCostUsd: toDecimal('0.3') })),
  ...eachDay('2026-11-01', '2026-11-30').map((day) => ({ day, pingCostUsd: toDecimal('10.8') })),
  ...eachDay('2026-12-01', '2026-12-06').map((day) => ({ day, pingCostUsd: toDecimal('0.4') })),
]

describe('a keep-warm budget month by month', () => {
  it('keeps a finished month’s verdict after the next month begins: November 27× over, on 6 December', () => {
    const november = budgetMonth({ month: '2026-11', through: '2026-12-06', expectedPerDayUsd: perDay, actual })!
    expect(november).toMatchObject({
      month: '2026-11',
      complete: true,
      status: 'over',
      timesBudget: 27,
      daysElapsed: 30,
      daysInMonth: 30,
    })
    expect(november.mtdActualUsd.toFixed()).toBe('324')
    expect(november.expectedUsd.toFixed()).toBe('12')
    // Final: nothing projected beyond what was measured.
    expect(november.projectedUsd.toFixed()).toBe('324')
    expect(november.varianceUsd.toFixed()).toBe('312')
  })

  it('projects the month in progress and judges the projection', () => {
    const december = budgetMonth({ month: '2026-12', through: '2026-12-06', expectedPerDayUsd: perDay, actual })!
    expect(december).toMatchObject({
      complete: false,
      status: 'within',
      timesBudget: 1,
      daysElapsed: 6,
      daysInMonth: 31,
    })
    expect(december.projectedUsd.toFixed()).toBe('12.4')
  })

  it('has no result for a month after the data', () => {
    expect(budgetMonth({ month: '2027-01', through: '2026-12-06', expectedPerDayUsd: perDay, actual })).toBeNull()
  })

  it('says under when the pings cost less than 90 % of the budget, within from 90 % to 110 %, over beyond', () => {
    expect(budgetStatus(toDecimal('8.99'), toDecimal(10))).toBe('under')
    expect(budgetStatus(toDecimal(9), toDecimal(10))).toBe('within')
    expect(budgetStatus(toDecimal(11), toDecimal(10))).toBe('within')
    expect(budgetStatus(toDecimal('11.01'), toDecimal(10))).toBe('over')
    expect(budgetStatus(toDecimal(0), toDecimal(0))).toBe('within')
    expect(budgetStatus(toDecimal('0.01'), toDecimal(0))).toBe('over')
    const october = budgetMonth({ month: '2026-10', through: '2026-12-06', expectedPerDayUsd: perDay, actual })!
    expect(october).toMatchObject({ status: 'under', timesBudget: 0.8 })
    expect(october.varianceUsd.toFixed()).toBe('-3.1')
  })

  it('lists every month from the first to the one in progress, newest first', () => {
    const history = budgetHistory({ first: '2026-10', through: '2026-12-06', expectedPerDayUsd: perDay, actual })
    expect(history.map((month) => [month.month, month.status, month.complete])).toEqual([
      ['2026-12', 'within', false],
      ['2026-11', 'over', true],
      ['2026-10', 'under', true],
    ])
  })
})
