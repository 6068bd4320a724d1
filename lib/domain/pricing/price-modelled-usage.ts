// Exact prices of modelled quantities (the simulator's floats): the rules of priceLambdaComponents (free tier
// drawn in order, one tier ladder, the same lines, labels and formulas), in float until each line, whose
// quantity becomes a Decimal once (15 significant digits) and whose total is summed exactly (ExactTotal).
import { ZERO, type Decimal } from '../money'
import { instanceHoursLine } from './ec2-cost'
import { ExactTotal, modelledQuantity } from './exact-total'
import { formatPrice, formatQuantity } from './format-formula'
import { LAMBDA_FREE_TIER } from './free-tier'
import type { UsageDerivations } from './price-lambda-usage'
import { ratePlan, type RatePlan } from './rate-plan'
import { FLAT_METERS, LAMBDA_METER_FACTS } from './lambda-meters'
import type { LineItem } from './types'

const MODELLED_FIELDS = {
  requests: 0,
  durationGbSeconds: 0,
  initGbSeconds: 0,
  provisionedConcurrencyGbSeconds: 0,
  provisionedDurationGbSeconds: 0,
  ephemeralStorageGbSeconds: 0,
}

/** Lambda quantities of one component of a strategy (real traffic or keep-warm pings) for a whole period. */
export type ModelledLambdaUsage = Record<keyof typeof MODELLED_FIELDS, number>

/**
 * Lines one workload's strategies have priced: their real traffic shares the requests line, on-demand and
 * keep-warm the duration line too, so each such amount is parsed and multiplied once (Decimals are immutable).
 */
export type PricedLines = { quantity: number; price: Decimal; amount: Decimal; costUsd: Decimal }[]

const FREE_REQUESTS = LAMBDA_FREE_TIER.requests.toNumber()
const FREE_GB_SECONDS = LAMBDA_FREE_TIER.gbSeconds.toNumber()
// The flat meters a model produces quantities for (the simulator does not model SnapStart).
const MODELLED_FLAT_METERS = FLAT_METERS.flatMap((meter) => {
  const { usageField, label, unit } = LAMBDA_METER_FACTS[meter]
  return usageField in MODELLED_FIELDS ? [{ meter, field: usageField as keyof ModelledLambdaUsage, label, unit }] : []
})

const q = (value: number) => formatQuantity(modelledQuantity(value))
const lessFree = (total: number, free: number, unit: string) =>
  free > 0 ? `${q(total)} ${unit} − ${q(free)} ${unit} free tier = ${q(total - free)} ${unit}` : `${q(total)} ${unit}`
const derive = (derivation: string | undefined, text: string) => (derivation ? `${derivation} = ${text}` : text)

/**
 * One strategy's bill in the making: the free tier and tier position left for later lines, the exact sum of the
 * lines, and the lines themselves when they are wanted (`lines: false` for fleets and cost curves).
 */
export class ModelledLedger {
  readonly lines: LineItem[] | null
  private readonly plan: RatePlan
  private readonly total = new ExactTotal()
  private readonly formulas: boolean
  private readonly priced: PricedLines
  private requests: number
  private gbSeconds: number
  private position = 0

  constructor(
    region: string,
    architecture: RatePlan['architecture'],
    options: { includeFreeTier: boolean; lines: boolean; formulas: boolean; priced: PricedLines },
  ) {
    this.plan = ratePlan(region, architecture)
    this.lines = options.lines ? [] : null
    this.formulas = options.formulas
    this.priced = options.priced
    this.requests = options.includeFreeTier ? FREE_REQUESTS : 0
    this.gbSeconds = options.includeFreeTier ? FREE_GB_SECONDS : 0
  }

  totalUsd(): Decimal {
    return this.total.toDecimal()
  }

  /** One Lambda component, drawing on the free tier and the tier ladder left by the components before it. */
  lambda(usage: ModelledLambdaUsage, prefix: string, derivations: UsageDerivations | undefined): void {
    const { plan } = this
    const say = this.formulas
    const requestPrice = plan.rate('request')
    const freeRequests = Math.min(this.requests, usage.requests)
    this.requests -= freeRequests
    this.add(
      `${prefix}Requests`,
      'request',
      usage.requests - freeRequests,
      'requests',
      requestPrice,
      say
        ? derive(
            derivations?.request,
            `${lessFree(usage.requests, freeRequests, 'requests')} × ${formatPrice(requestPrice)}`,
          )
        : '',
    )

    const tiers = plan.durationTiers()
    const floatTiers = plan.floatDurationTiers()
    for (const [key, label, gbSeconds] of [
      ['duration', 'Duration', usage.durationGbSeconds],
      ['init', 'INIT duration (cold starts)', usage.initGbSeconds],
    ] as const) {
      if (key === 'init' && !(gbSeconds > 0)) continue
      const free = Math.min(this.gbSeconds, gbSeconds)
      this.gbSeconds -= free
      const billable = gbSeconds - free
      const head = say ? derive(derivations?.[key], lessFree(gbSeconds, free, 'GB-s')) : ''
      const start = this.position
      const end = start + billable
      this.position = end
      if (end <= floatTiers[0]!.upTo) {
        this.add(
          `${prefix}${label}`,
          'duration',
          billable,
          'GB-s',
          tiers[0]!.priceUsd,
          say ? `${head} × ${formatPrice(tiers[0]!.priceUsd)}` : '',
        )
        continue
      }
      // Past 6 (x86) or 7.5 (Arm) billion GB-s a month: one line per tier crossed.
      const parts: { tier: number; gbSeconds: number; range: string }[] = []
      let from = 0
      for (const [index, tier] of floatTiers.entries()) {
        const upTo = tier.upTo
        const inTier = Math.min(upTo, end) - Math.max(from, start)
        if (inTier > 0 || (parts.length === 0 && end <= upTo)) {
          parts.push({
            tier: index,
            gbSeconds: Math.max(0, inTier),
            range:
              from === 0
                ? `first ${formatQuantity(upTo)} GB-s a month`
                : upTo === Infinity
                  ? `above ${formatQuantity(from)} GB-s a month`
                  : `${formatQuantity(from)} to ${formatQuantity(upTo)} GB-s a month`,
          })
        }
        if (end <= upTo) break
        from = upTo
      }
      for (const part of parts) {
        const { priceUsd } = tiers[part.tier]!
        const price = formatPrice(priceUsd)
        if (parts.length === 1)
          this.add(
            `${prefix}${label}`,
            'duration',
            part.gbSeconds,
            'GB-s',
            priceUsd,
            say ? `${head} × ${price} (tier ${part.tier + 1}: ${part.range})` : '',
          )
        else
          this.add(
            `${prefix}${label}, tier ${part.tier + 1}`,
            'duration',
            part.gbSeconds,
            'GB-s',
            priceUsd,
            say
              ? `${head}, of which ${q(part.gbSeconds)} GB-s in tier ${part.tier + 1} (${part.range}) × ${price}`
              : '',
          )
      }
    }

    for (const { meter, field, label, unit } of MODELLED_FLAT_METERS) {
      const amount = usage[field]
      if (!(amount > 0)) continue
      const price = plan.rate(meter)
      this.add(
        `${prefix}${label}`,
        meter,
        amount,
        unit,
        price,
        say ? derive(derivations?.[meter], `${q(amount)} ${unit} × ${formatPrice(price)}`) : '',
      )
    }
  }

  /** Hours of an EC2 instance in the plan's region, as ec2-cost prices them; `derivation` says where the hours came from. */
  instance(instanceType: string, hours: number, derivation: string): void {
    if (!this.lines) {
      this.total.add(hours, this.plan.instances.hourly(instanceType))
      return
    }
    const line = instanceHoursLine(
      this.plan.region,
      instanceType,
      modelledQuantity(hours),
      this.formulas ? derivation : '',
    )
    this.total.add(hours, line.unitPriceUsd)
    this.lines.push(line)
  }

  private add(label: string, meter: string, quantity: number, unit: string, price: Decimal, formula: string) {
    this.total.add(quantity, price)
    if (!this.lines) return
    let line: PricedLines[number] | undefined
    for (const known of this.priced) if (known.quantity === quantity && known.price === price) line = known
    if (!line) {
      const amount = modelledQuantity(quantity)
      line = { quantity, price, amount, costUsd: amount.isZero() ? ZERO : amount.times(price) }
      this.priced.push(line)
    }
    this.lines.push({ label, meter, quantity: line.amount, unit, unitPriceUsd: price, costUsd: line.costUsd, formula })
  }
}
