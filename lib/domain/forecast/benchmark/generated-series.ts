// Daily cost series with the shapes a month-end forecast must handle, generated from a seed so a benchmark run
// is repeatable: a weekly rhythm (weekends lower), public holidays spent like Sundays, steady growth or decline,
// multiplicative day-to-day noise and, now and then, a short burst (a retry storm, a backfill) the forecast
// should not extrapolate. Amounts are decimal strings in cents, as Cost Explorer reports a day.
import { addDaysTo, eachDay, type IsoDay } from '../../calendar'
import type { HolidayCalendar } from '../../holidays/holiday-calendar'
import { mulberry32 } from '../../random'
import type { CostDay } from '../forecast-month'
import { dayCategory } from '../day-category'

export type SeriesShape = {
  /** Spend of an ordinary weekday at the first day, USD. */
  weekdayUsd: number
  /** Saturday and Sunday (and holidays) relative to a weekday. */
  weekendFactor: number
  /** Compound growth per 30 days (0.05 = +5% a month, negative for decline). */
  growthPer30Days: number
  /** Standard deviation of the multiplicative day noise (0.08 = ±8%). */
  noise: number
  /** Chance that a day starts a 1-3 day burst at 2-4x the day's spend. */
  burstChance: number
}

/** A shape drawn from the seed: spend from $20 to $2,000 a weekday, weekends at 30-95%, growth -5%..+15% a month, noise 3-15%, and in half the series a burst about every 200 days. */
export function shapeFromSeed(seed: number): SeriesShape {
  const random = mulberry32(seed)
  return {
    weekdayUsd: 20 * 100 ** random(),
    weekendFactor: 0.3 + 0.65 * random(),
    growthPer30Days: -0.05 + 0.2 * random(),
    noise: 0.03 + 0.12 * random(),
    burstChance: random() < 0.5 ? 0 : 0.005,
  }
}

export function generatedSeries(
  seed: number,
  from: IsoDay,
  to: IsoDay,
  shape: SeriesShape,
  calendar: HolidayCalendar,
): CostDay[] {
  const random = mulberry32(seed * 31 + 7)
  const gaussian = () => {
    // Box-Muller: two uniforms make one standard normal draw.
    const u = Math.max(random(), Number.EPSILON)
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
  }
  let burstUntil: IsoDay | null = null
  let burstFactor = 1
  return eachDay(from, to).map((day, index) => {
    const category = dayCategory(day, calendar).category
    const rhythm = category === 0 || category === 6 ? shape.weekendFactor : 1
    const trend = (1 + shape.growthPer30Days) ** (index / 30)
    if (burstUntil !== null && day > burstUntil) burstUntil = null
    if (burstUntil === null && random() < shape.burstChance) {
      burstUntil = addDaysTo(day, Math.floor(random() * 3))
      burstFactor = 2 + 2 * random()
    }
    const burst = burstUntil === null ? 1 : burstFactor
    const amount = shape.weekdayUsd * rhythm * trend * burst * Math.max(0.1, 1 + shape.noise * gaussian())
    return { day, amountUsd: amount.toFixed(2), estimated: false }
  })
}
