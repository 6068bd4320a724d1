import { describe, expect, it } from 'vitest'
import { eachDay } from '@/lib/domain/calendar'
import { toDecimal } from '@/lib/domain/money'
import { budgetFormula, monthToDate, sharePct } from './budget-vs-actual'

describe('budgetFormula', () => {
  it('prices the mission story budget (every minute, 10 s, 2 GB, arm64) at $11.53 for 30 days, with the formula shown', () => {
    const formula = budgetFormula({
      region: 'us-east-1',
      architecture: 'arm64',
      memoryMb: 2048,
      budget: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000, memoryMb: null },
      days: 30,
    })
    expect(formula.pings).toBe(43_200)
    expect(formula.totalUsd.toFixed()).toBe('11.5286976')
    expect(formula.lineItems.map((item) => item.formula)).toEqual([
      '43,200 runs (every 1 min for 30 days) × 1 concurrent = 43,200 pings = 43,200 requests × $0.0000002',
      '43,200 pings × 10 s × 2 GB = 864,000 GB-s × $0.0000133334',
    ])
  })

  it('uses the budget’s own memory when it names one', () => {
    const small = budgetFormula({
      region: 'us-east-1',
      architecture: 'arm64',
      memoryMb: 2048,
      budget: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000, memoryMb: 1024 },
      days: 30,
    })
    expect(small.lineItems[1]!.formula).toContain('× 1 GB')
  })
})

describe('monthToDate', () => {
  it('adds up the month so far and projects the rest at the last week’s pace', () => {
    const actual = eachDay('2026-10-01', '2026-10-10').map((day, index) => ({
      day,
      pingCostUsd: toDecimal(index < 3 ? '0.38' : '10.4'),
    }))
    const month = monthToDate({ through: '2026-10-10', expectedPerDayUsd: toDecimal('0.384'), actual })
    expect(month).toMatchObject({ month: '2026-10', daysElapsed: 10, daysInMonth: 31 })
    expect(month.mtdExpectedUsd.toFixed()).toBe('3.84')
    expect(month.expectedUsd.toFixed()).toBe('11.904')
    expect(month.mtdActualUsd.toFixed()).toBe('73.94')
    expect(month.projectedUsd.toFixed()).toBe('292.34')
  })

  it('ignores days outside the month and says when there is no cost to share', () => {
    const month = monthToDate({
      through: '2026-11-02',
      expectedPerDayUsd: toDecimal(1),
      actual: [{ day: '2026-10-31', pingCostUsd: toDecimal(5) }],
    })
    expect(month.mtdActualUsd.toFixed()).toBe('0')
    expect(sharePct(toDecimal(1), toDecimal(0))).toBeNull()
    expect(sharePct(toDecimal(1), toDecimal(8))).toBe(12.5)
  })
})
