// The won beside a cost breakdown's dollars. Each row is one period of one month, so its won are its dollars ×
// that month's recorded rate, exactly; a group's or the total's won are the sum of its rows' (never the sum of
// dollars × one rate: a range of several months has several rates). Nothing is rounded here: the page and the
// CSV round the won once, half away from zero, as they do the cents.
//
// A month without a rate has no won: every figure that needs it is null and the month is listed, never guessed.
// The change in won is split into usage and exchange rate (lib/domain/fx/split-krw-change.ts) when the range
// and its comparison each lie in one month, the month-over-month view finance reads; over several months the
// split would need one rate per side, so it is left out (null).
import { type IsoDay, type IsoMonth, eachMonth, monthOf } from '@/lib/domain/calendar'
import type { FxRate } from '@/lib/domain/fx/krw'
import { usdToKrw } from '@/lib/domain/fx/krw'
import { type MonthRates, monthsWithoutRate } from '@/lib/domain/fx/month-rates'
import { splitKrwChange } from '@/lib/domain/fx/split-krw-change'
import { type Decimal, ZERO, toAmountString, toDecimal } from '@/lib/domain/money'
import { groupKey } from './shape-cost-breakdown'
import type { Period } from './periods'

/** A cost row of one period (within one month): its first day, its group's dimension values, its USD. */
export type MonthRow = { periodStart: IsoDay; values: string[]; cost: string }

export type KrwChange = {
  currentKrw: string | null
  previousKrw: string | null
  changeKrw: string | null
  /** The change at the previous month's rate: what usage changed. */
  usageKrw: string | null
  /** This month's dollars × the change in rate: what the exchange rate changed. usageKrw + fxKrw = changeKrw. */
  fxKrw: string | null
  byPeriodKrw: (string | null)[]
}

export type KrwTwins = {
  total: KrwChange
  /** By group key (groupKey of the dimension values). */
  groups: Map<string, KrwChange>
  /** The rates the won rest on: every month of the range and its comparison that has one, in month order. */
  fx: FxRate[]
  /** Months of the range or its comparison without a recorded rate. */
  fxMissing: IsoMonth[]
}

type Range = { from: IsoDay; to: IsoDay }

type Sums = {
  currentUsd: Decimal
  previousUsd: Decimal
  currentKrw: Decimal
  previousKrw: Decimal
  byPeriodKrw: Decimal[]
}

export function krwTwins(input: {
  range: Range
  comparison: Range
  periods: Period[]
  current: MonthRow[]
  previous: MonthRow[]
  rates: MonthRates
}): KrwTwins {
  const currentMonths = monthsOf(input.range)
  const comparisonMonths = monthsOf(input.comparison)
  const fxMissing = monthsWithoutRate([...comparisonMonths, ...currentMonths].sort(), input.rates)
  const currentKnown = currentMonths.every((month) => input.rates.has(month))
  const previousKnown = comparisonMonths.every((month) => input.rates.has(month))
  const periodKnown = input.periods.map((period) => input.rates.has(monthOf(period.start)))
  const periodIndex = new Map(input.periods.map((period, index) => [period.start, index]))
  // Rows of a month without a rate count zero won; the figures they belong to are reported null below.
  const wonOf = (row: MonthRow) => {
    const rate = input.rates.get(monthOf(row.periodStart))
    return rate ? usdToKrw(row.cost, rate.krwPerUsd) : ZERO
  }

  const empty = (): Sums => ({
    currentUsd: ZERO,
    previousUsd: ZERO,
    currentKrw: ZERO,
    previousKrw: ZERO,
    byPeriodKrw: input.periods.map(() => ZERO),
  })
  const total = empty()
  const groups = new Map<string, Sums>()
  const sumsOf = (values: string[]) => {
    const key = groupKey(values)
    let sums = groups.get(key)
    if (!sums) groups.set(key, (sums = empty()))
    return sums
  }
  for (const row of input.current) {
    const index = periodIndex.get(row.periodStart)
    if (index === undefined)
      throw new RangeError(
        `Row for ${row.periodStart} is outside the periods of ${input.range.from}..${input.range.to}`,
      )
    const won = wonOf(row)
    for (const sums of [total, sumsOf(row.values)]) {
      sums.currentUsd = sums.currentUsd.plus(toDecimal(row.cost))
      sums.currentKrw = sums.currentKrw.plus(won)
      sums.byPeriodKrw[index] = sums.byPeriodKrw[index]!.plus(won)
    }
  }
  for (const row of input.previous) {
    const won = wonOf(row)
    for (const sums of [total, sumsOf(row.values)]) {
      sums.previousUsd = sums.previousUsd.plus(toDecimal(row.cost))
      sums.previousKrw = sums.previousKrw.plus(won)
    }
  }

  const splitRates =
    currentMonths.length === 1 && comparisonMonths.length === 1 && currentKnown && previousKnown
      ? {
          previousKrwPerUsd: input.rates.get(comparisonMonths[0]!)!.krwPerUsd,
          currentKrwPerUsd: input.rates.get(currentMonths[0]!)!.krwPerUsd,
        }
      : null
  const change = (sums: Sums): KrwChange => {
    const split = splitRates
      ? splitKrwChange({ previousUsd: sums.previousUsd, currentUsd: sums.currentUsd, ...splitRates })
      : null
    return {
      currentKrw: currentKnown ? toAmountString(sums.currentKrw) : null,
      previousKrw: previousKnown ? toAmountString(sums.previousKrw) : null,
      changeKrw: currentKnown && previousKnown ? toAmountString(sums.currentKrw.minus(sums.previousKrw)) : null,
      usageKrw: split ? toAmountString(split.usageKrw) : null,
      fxKrw: split ? toAmountString(split.fxKrw) : null,
      byPeriodKrw: sums.byPeriodKrw.map((won, index) => (periodKnown[index] ? toAmountString(won) : null)),
    }
  }

  const fx = [...new Set([...comparisonMonths, ...currentMonths])]
    .sort()
    .flatMap((month) => (input.rates.has(month) ? [input.rates.get(month)!] : []))
  return { total: change(total), groups: new Map([...groups].map(([key, sums]) => [key, change(sums)])), fx, fxMissing }
}

function monthsOf(range: Range): IsoMonth[] {
  return eachMonth(monthOf(range.from), monthOf(range.to))
}

/** The breakdown with each amount's won beside it, the rates they rest on, and a note for each month without one. */
export function withKrwTwins<B extends { notes: string[]; total: object; groups: { key: string }[] }>(
  breakdown: B,
  twins: KrwTwins,
) {
  // The twins were summed from the same rows as the breakdown, so every group has its won.
  const twinOf = (key: string) => {
    const twin = twins.groups.get(key)
    if (!twin) throw new Error(`No won were summed for the group ${key}`)
    return twin
  }
  const notes = twins.fxMissing.length
    ? [
        ...breakdown.notes,
        `No KRW rate is recorded for ${twins.fxMissing.join(', ')}: won amounts that include ${twins.fxMissing.length === 1 ? 'that month' : 'those months'} are not shown.`,
      ]
    : breakdown.notes
  return {
    ...breakdown,
    currency: 'KRW' as const,
    fx: twins.fx,
    fxMissing: twins.fxMissing,
    notes,
    total: { ...breakdown.total, ...twins.total },
    groups: breakdown.groups.map((group) => ({ ...group, ...twinOf(group.key) })),
  }
}
