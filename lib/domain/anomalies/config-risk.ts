// Configuration lint with a worst-case bound: a scheduled function whose failures would be retried (default
// MaximumRetryAttempts = 2) with no dead-letter queue or on-failure destination, and/or a timeout far above
// what it needs, priced as "if every scheduled call failed at the timeout, with every retry".
import { type Decimal, ZERO, toDecimal } from '@/lib/domain/money'
import { formatQuantity } from '@/lib/domain/pricing/format-formula'
import { priceLambdaUsage } from '@/lib/domain/pricing/price-lambda-usage'
import { count, duration, usd } from './describe'
import type { HistoryConfig } from '@/lib/domain/functions/function-history'
import { riskSeverity } from './severity'
import type { Severity } from './types'

export type ScheduleDescription = { eventsPerMonth: number; label: string }

export type ConfigRiskFinding = {
  problems: string[]
  worstCaseMonthlyUsd: Decimal
  formula: string
  explanation: string
  severity: Severity
  /** The worst case above the last 30 days' cost, a month: money at risk, not spent. */
  exposureUsd: Decimal
}

/** Timeouts at least this many times the highest daily p99 (and above a minute) are "far above". */
const TIMEOUT_HEADROOM = 10

export function lintConfig(input: {
  name: string
  region: string
  config: HistoryConfig
  schedule: ScheduleDescription
  /** Highest daily p99 duration over the last 30 days, if measured. */
  p99Ms: number | null
  /** The function's estimated cost over the last 30 days. */
  recentMonthlyUsd: Decimal
}): ConfigRiskFinding | null {
  const { config, schedule } = input
  const problems: string[] = []
  const retries = config.maxRetryAttempts
  if (retries >= 1 && !config.hasFailureDestination)
    problems.push(`MaximumRetryAttempts = ${retries} with no dead-letter queue or on-failure destination`)
  const timeoutMs = config.timeoutSeconds * 1000
  if (input.p99Ms !== null && input.p99Ms > 0 && timeoutMs >= 60_000 && timeoutMs >= TIMEOUT_HEADROOM * input.p99Ms) {
    problems.push(`a ${duration(timeoutMs)} timeout for a p99 of ${duration(input.p99Ms)}`)
  }
  if (problems.length === 0) return null
  const attempts = schedule.eventsPerMonth * (1 + retries)
  const gb = toDecimal(config.memoryMb).div(1024)
  const seconds = toDecimal(config.timeoutSeconds)
  const priced = priceLambdaUsage({
    region: input.region,
    architecture: config.architecture,
    requests: attempts,
    durationGbSeconds: seconds.times(gb).times(attempts),
  })
  const worstCase = priced.totalUsd
  const formula =
    `${formatQuantity(schedule.eventsPerMonth)} scheduled events a month × ${1 + retries} attempts × ${formatQuantity(seconds)} s timeout × ${formatQuantity(gb)} GB = ` +
    `${formatQuantity(seconds.times(gb).times(attempts))} GB-s, plus ${formatQuantity(attempts)} requests = ${usd(worstCase)}`
  const exposure = nonNegative(worstCase.minus(input.recentMonthlyUsd))
  const explanation =
    `${input.name} runs on a schedule (${schedule.label}) with ${problems.join(' and ')}: if every scheduled call failed at the timeout, ` +
    `it would bill ${count(attempts)} attempts a month for ${usd(worstCase)}, against ${usd(input.recentMonthlyUsd)} over the last 30 days.`
  return {
    problems,
    worstCaseMonthlyUsd: worstCase,
    formula,
    explanation,
    severity: riskSeverity(exposure),
    exposureUsd: exposure,
  }
}

function nonNegative(value: Decimal): Decimal {
  return value.isNegative() ? ZERO : value
}
