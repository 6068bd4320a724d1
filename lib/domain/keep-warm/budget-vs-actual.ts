// A keep-warm budget against what the pings really cost: the budget's expected cost with its formula (from
// the pricing engine), each day's expected and actual pings, duration and cost, and the month so far with a
// projection to its end.
import { type IsoDay, daysInMonth, firstDayOf, monthOf } from '@/lib/domain/calendar'
import type { Architecture } from '@/lib/domain/functions/function-config'
import { type Decimal, ZERO, sum } from '@/lib/domain/money'
import { keepWarmCost } from '@/lib/domain/pricing/keep-warm-cost'

export type BudgetTerms = {
  intervalMinutes: number
  concurrency: number
  pingDurationMs: number
  memoryMb: number | null
}

export type BudgetFormula = {
  days: number
  totalUsd: Decimal
  pings: number
  lineItems: { label: string; formula: string; costUsd: Decimal }[]
}

export function budgetFormula(input: {
  region: string
  architecture: Architecture
  memoryMb: number
  budget: BudgetTerms
  days: number
}): BudgetFormula {
  const priced = keepWarmCost({
    region: input.region,
    architecture: input.architecture,
    memoryMb: input.budget.memoryMb ?? input.memoryMb,
    intervalMinutes: input.budget.intervalMinutes,
    concurrency: input.budget.concurrency,
    pingDurationMs: input.budget.pingDurationMs,
    days: input.days,
  })
  return {
    days: input.days,
    totalUsd: priced.totalUsd,
    pings: priced.pingsPerPeriod.toNumber(),
    lineItems: priced.lineItems.map(({ label, formula, costUsd }) => ({ label, formula, costUsd })),
  }
}

export type ActualDay = { day: IsoDay; pingCostUsd: Decimal }

export type MonthToDate = {
  month: string
  daysElapsed: number
  daysInMonth: number
  expectedUsd: Decimal
  mtdExpectedUsd: Decimal
  mtdActualUsd: Decimal
  projectedUsd: Decimal
}

/**
 * The month of `through` up to `through`: expected (a day's budget × days elapsed) against actual, and a
 * projection to month end at the average of the last seven days (recent behaviour, not the month's start).
 */
export function monthToDate(input: {
  through: IsoDay
  expectedPerDayUsd: Decimal
  actual: readonly ActualDay[]
}): MonthToDate {
  const month = monthOf(input.through)
  const days = daysInMonth(month)
  const elapsed = Number(input.through.slice(8))
  const inMonth = input.actual.filter((day) => day.day >= firstDayOf(month) && day.day <= input.through)
  const actual = sum(inMonth.map((day) => day.pingCostUsd))
  const recent = [...inMonth].sort((a, b) => a.day.localeCompare(b.day)).slice(-7)
  const pace = recent.length ? sum(recent.map((day) => day.pingCostUsd)).div(recent.length) : ZERO
  return {
    month,
    daysElapsed: elapsed,
    daysInMonth: days,
    expectedUsd: input.expectedPerDayUsd.times(days),
    mtdExpectedUsd: input.expectedPerDayUsd.times(elapsed),
    mtdActualUsd: actual,
    projectedUsd: actual.plus(pace.times(days - elapsed)),
  }
}

export function sharePct(part: Decimal, whole: Decimal): number | null {
  return whole.gt(ZERO) ? part.div(whole).times(100).toDecimalPlaces(1).toNumber() : null
}
