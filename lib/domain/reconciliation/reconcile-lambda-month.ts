// One account's month: billed Lambda (Cost Explorer lines) against the sum of per-function estimates
// (CloudWatch metrics × configuration × list price, before the free tier), and how much of the difference the
// known causes explain: the account's free tier (1M requests and 400,000 GB-s a month, applied in day
// order as the bill applies it), credits and other non-usage charges, usage the engine does not estimate per
// function (e.g. Lambda@Edge), and the rounding of stored amounts to 10 decimals. What is left is unexplained.
import { type IsoMonth, lastDayOf } from '@/lib/domain/calendar'
import { type Decimal, ZERO, sum, toDecimal } from '@/lib/domain/money'
import { LAMBDA_FREE_TIER, allocateFreeTier } from '@/lib/domain/pricing/free-tier'
import { parseLambdaUsageType } from '@/lib/domain/pricing/lambda-usage-types'
import { listPricer } from '@/lib/domain/pricing/list-price'
import { MissingRateError } from '@/lib/domain/pricing/missing-rate-error'
import { isInitBilled } from '@/lib/domain/pricing/init-billing'

export type BilledLambdaLine = {
  day: string
  usageType: string
  recordType: string
  usageQuantity: string
  unblendedCost: string
}

export type ExplanationKind = 'free_tier' | 'credits' | 'unestimated_usage' | 'rounding'
export type Explanation = { kind: ExplanationKind; usd: Decimal; detail: string }

export type LambdaReconciliation = {
  billed: Decimal
  estimated: Decimal
  difference: Decimal
  explanations: Explanation[]
  unexplained: Decimal
  notes: string[]
}

/** Each stored amount is rounded to 10 decimals: at most half a unit of the 10th decimal per amount. */
const ROUNDING_PER_AMOUNT = toDecimal('0.00000000005')

export function reconcileLambdaMonth(input: {
  month: IsoMonth
  lines: readonly BilledLambdaLine[]
  estimate: { costUsd: string; rows: number }
}): LambdaReconciliation {
  const billed = sum(input.lines.map((line) => line.unblendedCost))
  const estimated = toDecimal(input.estimate.costUsd)
  const difference = billed.minus(estimated)
  const explanations: Explanation[] = []
  const notes: string[] = []

  const other = input.lines.filter((line) => line.recordType !== 'Usage')
  if (other.length) {
    const types = [...new Set(other.map((line) => line.recordType))].sort()
    explanations.push({
      kind: 'credits',
      usd: sum(other.map((line) => line.unblendedCost)),
      detail: `${types.join(', ')} charges, which no function's usage explains`,
    })
  }

  const priced: {
    line: BilledLambdaLine
    region: string
    architecture: string
    meter: string
    listPrice: (quantity: Decimal) => Decimal
  }[] = []
  const unestimated: BilledLambdaLine[] = []
  for (const line of input.lines.filter((l) => l.recordType === 'Usage')) {
    const meter = parseLambdaUsageType(line.usageType)
    try {
      if (meter) priced.push({ line, ...meter, listPrice: listPricer(meter.region, meter.architecture, meter.meter) })
      else unestimated.push(line)
    } catch (error) {
      if (!(error instanceof MissingRateError)) throw error
      unestimated.push(line)
    }
  }
  if (unestimated.length) {
    const types = [...new Set(unestimated.map((line) => line.usageType))].sort()
    explanations.push({
      kind: 'unestimated_usage',
      usd: sum(unestimated.map((line) => line.unblendedCost)),
      detail: `usage not estimated per function: ${types.slice(0, 4).join(', ')}${types.length > 4 ? ', …' : ''}`,
    })
  }

  // The allowance is shared by all regions and both architectures and used up in day order.
  let freeRequests = LAMBDA_FREE_TIER.requests
  let freeGbSeconds = LAMBDA_FREE_TIER.gbSeconds
  let freeTier = ZERO
  const usedRequests = () => LAMBDA_FREE_TIER.requests.minus(freeRequests)
  const usedGbSeconds = () => LAMBDA_FREE_TIER.gbSeconds.minus(freeGbSeconds)
  const ordered = priced
    .filter((p) => p.meter === 'request' || p.meter === 'duration')
    .sort(
      (a, b) =>
        a.line.day.localeCompare(b.line.day) ||
        a.region.localeCompare(b.region) ||
        a.architecture.localeCompare(b.architecture) ||
        a.meter.localeCompare(b.meter),
    )
  for (const entry of ordered) {
    if (entry.meter === 'request') {
      const split = allocateFreeTier(freeRequests, entry.line.usageQuantity)
      freeRequests = split.remaining
      freeTier = freeTier.plus(entry.listPrice(split.free))
    } else {
      const split = allocateFreeTier(freeGbSeconds, entry.line.usageQuantity)
      freeGbSeconds = split.remaining
      freeTier = freeTier.plus(entry.listPrice(split.free))
    }
  }
  if (!freeTier.isZero()) {
    explanations.push({
      kind: 'free_tier',
      usd: freeTier.negated(),
      detail: `free tier: ${usedRequests().toFixed(0)} requests and ${usedGbSeconds().toDecimalPlaces(0).toFixed()} GB-s of the monthly 1,000,000 and 400,000`,
    })
  }

  const residual = difference.minus(sum(explanations.map((e) => e.usd)))
  const bound = ROUNDING_PER_AMOUNT.times(input.lines.length + input.estimate.rows + 1)
  if (!residual.isZero() && residual.abs().lessThanOrEqualTo(bound)) {
    explanations.push({
      kind: 'rounding',
      usd: residual,
      detail: `amounts are stored to 10 decimals (${input.lines.length + input.estimate.rows} amounts)`,
    })
  }
  const unexplained = difference.minus(sum(explanations.map((e) => e.usd)))

  if (input.estimate.rows === 0 && !billed.isZero())
    notes.push('No per-function metrics are stored for this month: ingest CloudWatch metrics to estimate functions.')
  if (unexplained.greaterThan(0) && isInitBilled(lastDayOf(input.month))) {
    notes.push(
      'Billed exceeds the estimates: INIT (cold start) time of on-demand ZIP functions is billed since 1 Aug 2025 but not in CloudWatch Duration.',
    )
  }
  if (unexplained.lessThan(0))
    notes.push(
      'The estimates exceed the bill: check for functions in another account or region, or metrics of days not yet billed.',
    )
  return { billed, estimated, difference, explanations, unexplained, notes }
}
