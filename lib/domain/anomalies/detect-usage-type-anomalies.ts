// Cost spikes per usage type (account, service, usage type, region) from Cost Explorer's daily lines, for costs no
// function metric explains. Lambda's free-tier meters are judged at list price (quantity × rate), so the free tier
// running out mid-month is not a spike.
import { type IsoDay, addDaysTo, eachDay } from '@/lib/domain/calendar'
import { type Decimal, ZERO, toDecimal } from '@/lib/domain/money'
import { parseLambdaUsageType } from '@/lib/domain/pricing/lambda-usage-types'
import { listPricer } from '@/lib/domain/pricing/list-price'
import { MissingRateError } from '@/lib/domain/pricing/missing-rate-error'
import { amountBaseline, comparablePositions, ratio } from './baselines'
import { LOOKBACK_DAYS } from './detect-function-anomalies'
import { NEW_NORMAL_DAYS, costSpike, describeCostSpike } from './cost-spike'
import { type Flag, episodesOf, fingerprintOf, impactOf } from './episodes'
import { dayStart } from '@/lib/domain/functions/timeline'
import type { DetectedAnomaly, DetectionWindow } from './types'

export const LAMBDA_SERVICE = 'AWS Lambda'

export type UsageTypeSeries = {
  accountId: string
  service: string
  usageType: string
  region: string
  /** Days with a charge; missing days cost nothing. */
  days: { day: IsoDay; costUsd: string; quantity: string }[]
}

/** The amount to judge: billed cost, or list price for Lambda requests and duration (free-tier meters). */
function pricing(series: UsageTypeSeries): {
  value: (row: { costUsd: string; quantity: string }) => Decimal
  listPrice: boolean
} {
  const billed = { value: (row: { costUsd: string }) => toDecimal(row.costUsd), listPrice: false }
  const meter = series.service === LAMBDA_SERVICE ? parseLambdaUsageType(series.usageType) : null
  if (!meter || (meter.meter !== 'request' && meter.meter !== 'duration')) return billed
  try {
    const listPrice = listPricer(meter.region, meter.architecture, meter.meter)
    return { value: (row) => listPrice(row.quantity), listPrice: true }
  } catch (error) {
    if (error instanceof MissingRateError) return billed
    throw error
  }
}

export function detectUsageTypeAnomalies(series: UsageTypeSeries, window: DetectionWindow): DetectedAnomaly[] {
  if (series.days.length === 0) return []
  const sorted = [...series.days].sort((a, b) => a.day.localeCompare(b.day))
  const start =
    sorted[0]!.day > addDaysTo(window.from, -LOOKBACK_DAYS) ? sorted[0]!.day : addDaysTo(window.from, -LOOKBACK_DAYS)
  if (start > window.to) return []
  const { value, listPrice } = pricing(series)
  const byDay = new Map(sorted.map((row) => [row.day, value(row)]))
  const days = eachDay(start, window.to)
  const amounts = days.map((day) => byDay.get(day) ?? ZERO)
  const excluded = new Set<number>()
  const flags: Flag[] = []
  let run = 0
  amounts.forEach((amount, index) => {
    if (index < 14) return
    const positions = comparablePositions(index, {
      season: 7,
      cycles: 6,
      minSamples: 3,
      fallback: 14,
      first: 0,
      excluded: (at) => excluded.has(at),
    })
    if (!positions) return
    const baseline = amountBaseline(amounts, positions)
    if (!costSpike(amount, baseline)) {
      run = 0
      return
    }
    run += 1
    if (run <= NEW_NORMAL_DAYS) excluded.add(index)
    const day = days[index]!
    flags.push({
      kind: 'cost_spike',
      start: dayStart(day),
      end: dayStart(addDaysTo(day, 1)),
      day,
      hourly: false,
      actualUsd: amount,
      expectedUsd: baseline.expected,
      facts: {},
    })
  })
  return episodesOf(flags)
    .filter((episode) => episode.lastDay >= window.from)
    .map((episode) => {
      const impact = impactOf(episode)
      const described = describeCostSpike(
        `${series.usageType} (${series.service}, account ${series.accountId})`,
        episode,
        impact,
        ratio(episode.actualUsd, episode.expectedUsd),
        false,
      )
      return {
        accountId: series.accountId,
        region: series.region,
        functionKey: null,
        functionName: null,
        service: series.service,
        usageType: series.usageType,
        kind: 'cost_spike' as const,
        fingerprint: fingerprintOf(
          'cost_spike',
          `ut:${series.accountId}|${series.region}|${series.service}|${series.usageType}`,
          episode.firstDay,
        ),
        periodStart: episode.start,
        periodEnd: episode.end,
        severity: described.severity,
        impactUsd: impact,
        exposureUsd: null,
        explanation: described.explanation,
        evidence: {
          ...described.evidence,
          granularity: 'day',
          pricedAt: listPrice ? 'list price before the free tier' : 'billed cost',
        },
      }
    })
}
