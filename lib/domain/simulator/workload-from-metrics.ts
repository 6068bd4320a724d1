import type { IsoDay } from '../calendar'
import type { Architecture, FunctionConfig } from '../functions/function-config'
import { formatQuantity } from '../pricing/format-formula'
import { lambdaRegions } from '../pricing/rate-catalog'
import type { AnomalyDays } from './anomaly-days'

/**
 * What the database holds about one function over a window of days (by default its last 30 days of metrics),
 * already summed, without the days of open incidents unless asked to include them.
 */
export type MeasuredFunction = {
  function: { id: number; name: string; accountId: string; accountName: string; region: string }
  config: Pick<FunctionConfig, 'memoryMb' | 'architecture' | 'ephemeralStorageMb' | 'provisionedConcurrency'> | null
  /** `days` counts the days from `from` to `to` that were measured: days left out are not in it. */
  daily: {
    from: IsoDay
    to: IsoDay
    days: number
    invocations: number
    durationSumMs: number
    p99Weighted: number | null
    peakConcurrency: number | null
  } | null
  /** Invocations summed per UTC hour of the day (24 entries) over `days` days of hourly metrics. */
  hourly: { days: number; invocations: number[] } | null
  budget: { intervalMinutes: number; concurrency: number; pingDurationMs: number } | null
  anomalyDays: AnomalyDays
}

export type FunctionWorkload = {
  function: MeasuredFunction['function']
  window: { from: IsoDay; to: IsoDay; days: number } | null
  anomalyDays: AnomalyDays
  workload: {
    region: string
    architecture: Architecture
    memoryMb: number
    ephemeralStorageMb: number
    requestsPerDay: number
    avgDurationMs: number
    p99DurationMs?: number
    hourlyProfile?: number[]
    peakConcurrency?: number
  }
  current: { provisionedConcurrency: number; keepWarm: MeasuredFunction['budget'] }
  notes: string[]
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals
const n = (value: number) => formatQuantity(value, 2)

/**
 * A function's measured workload in the simulator's terms. Measured invocations include keep-warm pings;
 * when the function has a keep-warm budget its schedule says how many, and they are taken out so the
 * workload is the real traffic (the keep-warm strategy adds them back).
 */
export function workloadFromMetrics(measured: MeasuredFunction): FunctionWorkload {
  const { config, daily, hourly, budget, anomalyDays } = measured
  const notes: string[] = []
  const anomalyNote = describeAnomalyDays(anomalyDays)
  if (anomalyNote) notes.push(anomalyNote)
  const architecture: Architecture = config?.architecture ?? 'x86_64'
  if (!config)
    notes.push('No configuration snapshot is stored for this function; memory and architecture are defaults.')
  if (!lambdaRegions().includes(measured.function.region))
    notes.push(`The rate card has no prices for ${measured.function.region}; pick a priced region to simulate.`)

  const pingsPerDay = budget ? (1440 / budget.intervalMinutes) * budget.concurrency : 0
  let requestsPerDay = 0
  let avgDurationMs = 100
  let p99DurationMs: number | undefined
  if (daily && daily.invocations > 0) {
    const pings = Math.min(daily.invocations, pingsPerDay * daily.days)
    const requests = daily.invocations - pings
    const realDurationMs = daily.durationSumMs - pings * (budget?.pingDurationMs ?? 0)
    requestsPerDay = round(requests / daily.days, 2)
    avgDurationMs = Math.max(
      1,
      round(
        requests > 0 && realDurationMs > 0 ? realDurationMs / requests : daily.durationSumMs / daily.invocations,
        1,
      ),
    )
    if (daily.p99Weighted !== null) p99DurationMs = Math.max(avgDurationMs, round(daily.p99Weighted, 1))
    notes.push(
      `${n(daily.invocations)} invocations in ${daily.days} days (${daily.from} to ${daily.to}), ${n(daily.durationSumMs / daily.invocations)} ms on average.`,
    )
    if (budget) {
      notes.push(
        `The keep-warm budget (every ${n(budget.intervalMinutes)} min × ${budget.concurrency}, ${n(budget.pingDurationMs)} ms) accounts for ${n(pingsPerDay)} pings a day; they are left out of requests per day and the average duration, and the keep-warm strategy is prefilled with it.`,
      )
    }
    if (p99DurationMs !== undefined)
      notes.push('p99 duration is the daily p99 averaged over the days, weighted by invocations.')
  } else {
    notes.push('No daily metrics in the window: requests per day and duration are defaults.')
  }

  let hourlyProfile: number[] | undefined
  if (hourly && hourly.days > 0) {
    const weights = hourly.invocations.map((count) => Math.max(0, round(count / hourly.days - pingsPerDay / 24, 2)))
    if (weights.some((weight) => weight > 0)) {
      hourlyProfile = weights
      notes.push(
        `Hourly profile: average invocations per UTC hour over the last ${hourly.days} days of hourly metrics${budget ? ', pings left out' : ''}.`,
      )
    }
  }

  return {
    function: measured.function,
    window: daily ? { from: daily.from, to: daily.to, days: daily.days } : null,
    anomalyDays,
    workload: {
      region: measured.function.region,
      architecture,
      memoryMb: config?.memoryMb ?? 128,
      ephemeralStorageMb: config?.ephemeralStorageMb ?? 512,
      requestsPerDay,
      avgDurationMs,
      ...(p99DurationMs !== undefined ? { p99DurationMs } : {}),
      ...(hourlyProfile ? { hourlyProfile } : {}),
      ...(daily?.peakConcurrency ? { peakConcurrency: Math.ceil(daily.peakConcurrency) } : {}),
    },
    current: { provisionedConcurrency: config?.provisionedConcurrency ?? 0, keepWarm: budget },
    notes,
  }
}

/** Which days of open incidents were left out (or kept) and why, in a sentence; null when the window has none. */
function describeAnomalyDays({ mode, days, anomalies }: AnomalyDays): string | null {
  if (days.length === 0) return null
  const count = `${days.length} ${days.length === 1 ? 'day' : 'days'}`
  const which = anomalies
    .map(
      (anomaly) =>
        `${anomaly.label.toLowerCase()} ${anomaly.from === anomaly.to ? anomaly.from : `${anomaly.from} to ${anomaly.to}`}`,
    )
    .join('; ')
  return mode === 'exclude'
    ? `${count} of open incidents left out (${which}): they measure the incident, not the usual workload.`
    : `Includes ${count} of open incidents (${which}): the workload measures the incident too.`
}
