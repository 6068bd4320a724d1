import type { IsoDay } from '../calendar'
import type { Architecture, FunctionConfig } from '../functions/function-config'
import { formatQuantity } from '../pricing/format-formula'
import { lowerFirst, phrase, type Phrase, type PhraseValues } from '../phrase'
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
  notes: Phrase[]
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals
const n = (value: number) => formatQuantity(value, 2)
const note = (name: string, values?: PhraseValues) => phrase(`simulator.phrases.note.${name}`, values)

/**
 * A function's measured workload in the simulator's terms. Measured invocations include keep-warm pings;
 * when the function has a keep-warm budget its schedule says how many, and they are taken out so the
 * workload is the real traffic (the keep-warm strategy adds them back).
 */
export function workloadFromMetrics(measured: MeasuredFunction): FunctionWorkload {
  const { config, daily, hourly, budget, anomalyDays } = measured
  const notes: Phrase[] = []
  const anomalyNote = describeAnomalyDays(anomalyDays)
  if (anomalyNote) notes.push(anomalyNote)
  const architecture: Architecture = config?.architecture ?? 'x86_64'
  if (!config) notes.push(note('noConfiguration'))
  if (!lambdaRegions().includes(measured.function.region))
    notes.push(note('unpricedRegion', { region: measured.function.region }))

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
      note('invocations', {
        invocations: n(daily.invocations),
        days: daily.days,
        from: daily.from,
        to: daily.to,
        average: n(daily.durationSumMs / daily.invocations),
      }),
    )
    if (budget) {
      notes.push(
        note('keepWarmBudget', {
          interval: n(budget.intervalMinutes),
          concurrency: String(budget.concurrency),
          duration: n(budget.pingDurationMs),
          pings: n(pingsPerDay),
        }),
      )
    }
    if (p99DurationMs !== undefined) notes.push(note('p99'))
  } else {
    notes.push(note('noDailyMetrics'))
  }

  let hourlyProfile: number[] | undefined
  if (hourly && hourly.days > 0) {
    const weights = hourly.invocations.map((count) => Math.max(0, round(count / hourly.days - pingsPerDay / 24, 2)))
    if (weights.some((weight) => weight > 0)) {
      hourlyProfile = weights
      notes.push(note(budget ? 'hourlyProfileWithoutPings' : 'hourlyProfile', { days: hourly.days }))
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
function describeAnomalyDays({ mode, days, anomalies }: AnomalyDays): Phrase | null {
  if (days.length === 0) return null
  const which = anomalies.map((anomaly) =>
    note(anomaly.from === anomaly.to ? 'anomalyOnDay' : 'anomalyOverDays', {
      kind: lowerFirst(phrase(`anomalyKinds.${anomaly.kind}`)),
      from: anomaly.from,
      to: anomaly.to,
    }),
  )
  return note(mode === 'exclude' ? 'anomalyDaysLeftOut' : 'anomalyDaysIncluded', { count: days.length, which })
}

/** The workload as the API and the page hand it out: its notes as sentences in the reader's language. */
export type FunctionWorkloadInWords = Omit<FunctionWorkload, 'notes'> & { notes: string[] }

export function workloadInWords(
  workload: FunctionWorkload,
  sentence: (text: Phrase) => string,
): FunctionWorkloadInWords {
  return { ...workload, notes: workload.notes.map(sentence) }
}
