// A function's metrics as a dense series of hours or days, each priced with the configuration in force at
// its end. Missing rows are periods without invocations: zero, not unknown, which is what baselines need.
import { type IsoDay, addDaysTo, eachDay } from '@/lib/domain/calendar'
import { type MetricValues, emptyMetrics } from '@/lib/domain/metrics'
import { type Decimal, ZERO } from '@/lib/domain/money'
import { type BucketCoster, bucketCoster } from '@/lib/domain/pricing/bucket-cost'
import { configBefore } from './config-in-force'
import type { FunctionHistory, HistoryConfig } from './function-history'

export type Bucket = {
  /** ISO instants; `end` is exclusive. */
  start: string
  end: string
  day: IsoDay
  /** 0-23 for an hour, null for a day. */
  hourOfDay: number | null
  seconds: number
  metrics: MetricValues
  config: HistoryConfig | null
  costUsd: Decimal
}

export function dayStart(day: IsoDay): string {
  return `${day}T00:00:00.000Z`
}

export function hourStart(day: IsoDay, hour: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`
}

function pricer(history: FunctionHistory) {
  const costers = new Map<HistoryConfig, BucketCoster>()
  return (config: HistoryConfig | null, metrics: MetricValues, seconds: number): Decimal => {
    if (!config) return ZERO
    let coster = costers.get(config)
    if (!coster) costers.set(config, (coster = bucketCoster(history.region, config)))
    return coster(metrics, seconds)
  }
}

export function dailyBuckets(history: FunctionHistory, from: IsoDay, to: IsoDay): Bucket[] {
  const byDay = new Map(history.daily.map((row) => [row.day, row]))
  const price = pricer(history)
  return eachDay(from, to).map((day) => {
    const end = dayStart(addDaysTo(day, 1))
    const config = configBefore(history.configs, end, 'first')
    const metrics = byDay.get(day) ?? emptyMetrics()
    return {
      start: dayStart(day),
      end,
      day,
      hourOfDay: null,
      seconds: 86_400,
      metrics,
      config,
      costUsd: price(config, metrics, 86_400),
    }
  })
}

/** Hourly buckets of whole days, grouped by day. */
export function hourlyBucketsByDay(history: FunctionHistory, from: IsoDay, to: IsoDay): Map<IsoDay, Bucket[]> {
  const byHour = new Map(history.hourly.map((row) => [new Date(row.hour).toISOString(), row]))
  const price = pricer(history)
  const days = new Map<IsoDay, Bucket[]>()
  for (const day of eachDay(from, to)) {
    days.set(
      day,
      Array.from({ length: 24 }, (_, hour) => {
        const start = hourStart(day, hour)
        const end = hour === 23 ? dayStart(addDaysTo(day, 1)) : hourStart(day, hour + 1)
        const config = configBefore(history.configs, end, 'first')
        const metrics = byHour.get(start) ?? emptyMetrics()
        return {
          start,
          end,
          day,
          hourOfDay: hour,
          seconds: 3600,
          metrics,
          config,
          costUsd: price(config, metrics, 3600),
        }
      }),
    )
  }
  return days
}
