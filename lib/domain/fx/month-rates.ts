// The recorded rates a computation in won may use, by month. A month without a rate has no won figures: the
// caller names it (a page says so, an export or an import is refused naming it) instead of guessing a rate.
import type { IsoMonth } from '../calendar'
import type { FxRate } from './krw'

export type MonthRates = ReadonlyMap<IsoMonth, FxRate>

export class MissingFxRateError extends Error {
  override readonly name = 'MissingFxRateError'
  constructor(readonly months: readonly IsoMonth[]) {
    super(
      `No KRW rate is recorded for ${months.join(', ')}: won amounts of ${months.length === 1 ? 'that month' : 'those months'} cannot be computed until finance enters ${months.length === 1 ? 'it' : 'them'}.`,
    )
  }
}

export function monthRates(rates: Iterable<FxRate>): MonthRates {
  return new Map([...rates].map((rate) => [rate.month, rate]))
}

/** The months of a list that have no recorded rate, in the list's order, each once. */
export function monthsWithoutRate(months: Iterable<IsoMonth>, rates: MonthRates): IsoMonth[] {
  return [...new Set(months)].filter((month) => !rates.has(month))
}

/** The month's rate; throws MissingFxRateError naming the month when none is recorded. */
export function rateOf(month: IsoMonth, rates: MonthRates): FxRate {
  const rate = rates.get(month)
  if (!rate) throw new MissingFxRateError([month])
  return rate
}
