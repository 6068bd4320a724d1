import type { Architecture } from '../functions/function-config'
import { toDecimal, ZERO, type Decimal, type DecimalInput } from '../money'
import { formatPrice, formatQuantity } from './format-formula'
import { allocateFreeTier } from './free-tier'
import { FLAT_METERS, LAMBDA_METER_FACTS } from './lambda-meters'
import { costResult, lineItem } from './line-item'
import { ratePlan } from './rate-plan'
import { splitAcrossTiers, type TierPart } from './split-across-tiers'
import type { CostResult, LambdaMeter, LineItem } from './types'

/** A period of Lambda usage in one region and architecture. Quantities are requests, GB-seconds or GB. */
export type LambdaUsage = {
  region: string
  architecture: Architecture
  requests: DecimalInput
  /** On-demand duration (memory GB × billed seconds), excluding INIT. */
  durationGbSeconds: DecimalInput
  /** INIT of on-demand ZIP cold starts, billed as duration from 2025-08-01. INITs billed all along (images, custom runtimes) belong in durationGbSeconds. */
  initGbSeconds?: DecimalInput
  provisionedConcurrencyGbSeconds?: DecimalInput
  provisionedDurationGbSeconds?: DecimalInput
  ephemeralStorageGbSeconds?: DecimalInput
  snapStartCacheGbSeconds?: DecimalInput
  snapStartRestoreGb?: DecimalInput
  /** YYYY-MM-DD, for the INIT rule; without it the card's current rule (INIT billed) applies. */
  usageDate?: string
}

export type FreeTierAllowance = { requests: Decimal; gbSeconds: Decimal }

/** Text shown before a line's formula to say where its quantity came from, e.g. "43,200 pings × 10 s × 2 GB". */
export type UsageDerivations = Partial<Record<LambdaMeter | 'init', string>>

export type PriceLambdaUsageOptions = {
  /** Account allowance left this month; omit to price without free tier. */
  freeTierRemaining?: FreeTierAllowance
  /** On-demand GB-s already billed this month in the same region and architecture (position on the tier ladder). */
  tierGbSecondsBefore?: DecimalInput
  labelPrefix?: string
  derivations?: UsageDerivations
  /** false leaves `formula` empty, for callers that only need amounts (a fleet of thousands of functions). */
  formulas?: boolean
}

export type PricedLambdaUsage = CostResult & { freeTierRemaining?: FreeTierAllowance; tierGbSecondsAfter: Decimal }

function quantity(field: string, value: DecimalInput | undefined): Decimal {
  if (value === undefined) return ZERO
  const decimal = toDecimal(value)
  if (decimal.isNegative()) throw new RangeError(`${field} must not be negative, got ${decimal.toFixed()}`)
  return decimal
}

function lessFree(total: Decimal, free: Decimal | undefined, unit: string): string {
  if (!free?.gt(ZERO)) return `${formatQuantity(total)} ${unit}`
  return `${formatQuantity(total)} ${unit} − ${formatQuantity(free)} ${unit} free tier = ${formatQuantity(total.minus(free))} ${unit}`
}

function describeTier(part: TierPart): string {
  if (part.fromGbSeconds.isZero()) return `first ${formatQuantity(part.upToGbSeconds!)} GB-s a month`
  if (part.upToGbSeconds === null) return `above ${formatQuantity(part.fromGbSeconds)} GB-s a month`
  return `${formatQuantity(part.fromGbSeconds)} to ${formatQuantity(part.upToGbSeconds)} GB-s a month`
}

/**
 * Prices one region+architecture's usage at list price. The free tier (when an allowance is passed) covers
 * requests and on-demand duration, invoke duration before INIT; not provisioned concurrency, its duration or
 * storage (AWS's PC example 1 does the same). Amounts are not rounded.
 */
export function priceLambdaUsage(usage: LambdaUsage, options: PriceLambdaUsageOptions = {}): PricedLambdaUsage {
  const plan = ratePlan(usage.region, usage.architecture, usage.usageDate)
  const prefix = options.labelPrefix ?? ''
  const derive = (key: LambdaMeter | 'init', text: string) => {
    const derivation = options.derivations?.[key]
    return derivation ? `${derivation} = ${text}` : text
  }
  const say = options.formulas === false ? () => '' : (build: () => string) => build()
  const allowance = options.freeTierRemaining
  const items: LineItem[] = []

  const requests = quantity('requests', usage.requests)
  const requestSplit = allowance && allocateFreeTier(allowance.requests, requests)
  const requestPrice = plan.rate('request')
  items.push(
    lineItem({
      label: `${prefix}Requests`,
      meter: 'request',
      quantity: requestSplit?.billable ?? requests,
      unit: 'requests',
      unitPriceUsd: requestPrice,
      formula: say(() =>
        derive('request', `${lessFree(requests, requestSplit?.free, 'requests')} × ${formatPrice(requestPrice)}`),
      ),
    }),
  )

  const tiers = plan.durationTiers()
  const chunks: { key: 'duration' | 'init'; label: string; gbSeconds: Decimal }[] = [
    { key: 'duration', label: 'Duration', gbSeconds: quantity('durationGbSeconds', usage.durationGbSeconds) },
  ]
  const init = quantity('initGbSeconds', usage.initGbSeconds)
  if (init.gt(ZERO) && plan.initBilled) {
    chunks.push({ key: 'init', label: 'INIT duration (cold starts)', gbSeconds: init })
  } else if (init.gt(ZERO)) {
    items.push(
      lineItem({
        label: `${prefix}INIT duration (cold starts, not billed)`,
        meter: 'duration',
        quantity: init,
        unit: 'GB-s',
        unitPriceUsd: ZERO,
        formula: say(() =>
          derive(
            'init',
            `${formatQuantity(init)} GB-s not billed: INIT of on-demand ZIP functions is billed from ${plan.initBilledFrom}, usage is from ${usage.usageDate}`,
          ),
        ),
      }),
    )
  }
  let position = toDecimal(options.tierGbSecondsBefore ?? 0)
  let freeGbSeconds = allowance?.gbSeconds
  for (const chunk of chunks) {
    const split = freeGbSeconds && allocateFreeTier(freeGbSeconds, chunk.gbSeconds)
    if (split) freeGbSeconds = split.remaining
    const billable = split ? split.billable : chunk.gbSeconds
    const parts = splitAcrossTiers(tiers, position, billable)
    position = position.plus(billable)
    const head = say(() => derive(chunk.key, lessFree(chunk.gbSeconds, split?.free, 'GB-s')))
    for (const part of parts) {
      const formula = say(() =>
        parts.length === 1
          ? `${head} × ${formatPrice(part.priceUsd)}${part.tier > 1 ? ` (tier ${part.tier}: ${describeTier(part)})` : ''}`
          : `${head}, of which ${formatQuantity(part.gbSeconds)} GB-s in tier ${part.tier} (${describeTier(part)}) × ${formatPrice(part.priceUsd)}`,
      )
      items.push(
        lineItem({
          label: `${prefix}${chunk.label}${parts.length > 1 ? `, tier ${part.tier}` : ''}`,
          meter: 'duration',
          quantity: part.gbSeconds,
          unit: 'GB-s',
          unitPriceUsd: part.priceUsd,
          formula,
        }),
      )
    }
  }

  for (const meter of FLAT_METERS) {
    const { usageField: field, label, unit } = LAMBDA_METER_FACTS[meter]
    const amount = quantity(field, usage[field])
    if (!amount.gt(ZERO)) continue
    const price = plan.rate(meter)
    items.push(
      lineItem({
        label: `${prefix}${label}`,
        meter,
        quantity: amount,
        unit,
        unitPriceUsd: price,
        formula: say(() => derive(meter, `${formatQuantity(amount)} ${unit} × ${formatPrice(price)}`)),
      }),
    )
  }

  const remaining =
    requestSplit && freeGbSeconds
      ? { freeTierRemaining: { requests: requestSplit.remaining, gbSeconds: freeGbSeconds } }
      : {}
  return { ...costResult(items), ...remaining, tierGbSecondsAfter: position }
}
