import { ZERO, type Decimal } from '../money'
import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import { formatPrice, formatQuantity } from '../pricing/format-formula'
import { LAMBDA_FREE_TIER } from '../pricing/free-tier'
import { provisionedConcurrencyHours } from '../pricing/provisioned-schedule'
import type { UsageDerivations } from '../pricing/price-lambda-usage'
import { durationTiers, ec2HourlyRate, lambdaRate } from '../pricing/rate-card'
import type { CostResult, LambdaMeter, LineItem } from '../pricing/types'
import { ExactTotal, modelledQuantity } from './exact-total'
import type { SimulationContext } from './simulation-context'
import type { LambdaQuantities, StrategyQuantities } from './types'

const n = (value: number) => formatQuantity(value, 2)
const q = (value: number) => formatQuantity(modelledQuantity(value))

const FREE_REQUESTS = LAMBDA_FREE_TIER.requests.toNumber()
const FREE_GB_SECONDS = LAMBDA_FREE_TIER.gbSeconds.toNumber()
const FLAT_METERS: { meter: LambdaMeter; field: keyof LambdaQuantities; label: string }[] = [
  { meter: 'provisioned_concurrency', field: 'provisionedConcurrencyGbSeconds', label: 'Provisioned concurrency' },
  { meter: 'provisioned_duration', field: 'provisionedDurationGbSeconds', label: 'Duration on provisioned concurrency' },
  { meter: 'ephemeral_storage', field: 'ephemeralStorageGbSeconds', label: 'Ephemeral storage above 512 MB' },
]

/**
 * Lines one workload's strategies have priced: their real traffic shares the requests line, on-demand and
 * keep-warm the duration line too, so each such amount is parsed and multiplied once (Decimals are immutable).
 */
export type PricedLines = { quantity: number; price: Decimal; amount: Decimal; costUsd: Decimal }[]

/** Free tier and tier position left for later lines, the exact sum of the lines, and the lines when they are wanted. */
type Ledger = { requests: number; gbSeconds: number; position: number; total: ExactTotal; lines: LineItem[] | null; formulas: boolean; priced: PricedLines }

function add(ledger: Ledger, label: string, meter: string, quantity: number, unit: string, price: Decimal, formula: string) {
  ledger.total.add(quantity, price)
  if (!ledger.lines) return
  let line: PricedLines[number] | undefined
  for (const known of ledger.priced) if (known.quantity === quantity && known.price === price) line = known
  if (!line) {
    const amount = modelledQuantity(quantity)
    line = { quantity, price, amount, costUsd: amount.isZero() ? ZERO : amount.times(price) }
    ledger.priced.push(line)
  }
  ledger.lines.push({ label, meter, quantity: line.amount, unit, unitPriceUsd: price, costUsd: line.costUsd, formula })
}

const tierEnds = new WeakMap<object, number>()
/** Where tier 1 ends, as a float, cached per tier ladder (the simulator prices thousands of strategies). */
function firstTierEnd(tiers: ReturnType<typeof durationTiers>): number {
  let end = tierEnds.get(tiers)
  if (end === undefined) tierEnds.set(tiers, (end = tiers[0]!.upToGbSeconds?.toNumber() ?? Infinity))
  return end
}

const lessFree = (total: number, free: number, unit: string) => (free > 0 ? `${q(total)} ${unit} − ${q(free)} ${unit} free tier = ${q(total - free)} ${unit}` : `${q(total)} ${unit}`)
const derive = (derivation: string | undefined, text: string) => (derivation ? `${derivation} = ${text}` : text)

/** One region+architecture's usage, as priceLambdaUsage prices it (same lines, labels and formulas), in float until each line. */
function priceComponent(context: SimulationContext, ledger: Ledger, usage: LambdaQuantities, prefix: string, derivations: UsageDerivations | undefined) {
  const { region, architecture } = context.input
  const requestPrice = lambdaRate(region, architecture, 'request')
  const freeRequests = Math.min(ledger.requests, usage.requests)
  ledger.requests -= freeRequests
  const say = ledger.formulas
  add(ledger, `${prefix}Requests`, 'request', usage.requests - freeRequests, 'requests', requestPrice, say ? derive(derivations?.request, `${lessFree(usage.requests, freeRequests, 'requests')} × ${formatPrice(requestPrice)}`) : '')

  const tiers = durationTiers(region, architecture)
  for (const [key, label, gbSeconds] of [['duration', 'Duration', usage.durationGbSeconds], ['init', 'INIT duration (cold starts)', usage.initGbSeconds]] as const) {
    if (key === 'init' && !(gbSeconds > 0)) continue
    const free = Math.min(ledger.gbSeconds, gbSeconds)
    ledger.gbSeconds -= free
    const billable = gbSeconds - free
    const head = say ? derive(derivations?.[key], lessFree(gbSeconds, free, 'GB-s')) : ''
    const start = ledger.position
    const end = start + billable
    ledger.position = end
    if (end <= firstTierEnd(tiers)) {
      add(ledger, `${prefix}${label}`, 'duration', billable, 'GB-s', tiers[0]!.priceUsd, say ? `${head} × ${formatPrice(tiers[0]!.priceUsd)}` : '')
      continue
    }
    // Past 6 (x86) or 7.5 (Arm) billion GB-s a month: one line per tier crossed.
    const parts: { tier: number; gbSeconds: number; range: string }[] = []
    let from = 0
    for (const [index, tier] of tiers.entries()) {
      const upTo = tier.upToGbSeconds?.toNumber() ?? Infinity
      const inTier = Math.min(upTo, end) - Math.max(from, start)
      if (inTier > 0 || (parts.length === 0 && end <= upTo)) {
        parts.push({ tier: index, gbSeconds: Math.max(0, inTier), range: from === 0 ? `first ${formatQuantity(upTo)} GB-s a month` : upTo === Infinity ? `above ${formatQuantity(from)} GB-s a month` : `${formatQuantity(from)} to ${formatQuantity(upTo)} GB-s a month` })
      }
      if (end <= upTo) break
      from = upTo
    }
    for (const part of parts) {
      const { priceUsd } = tiers[part.tier]!
      const price = formatPrice(priceUsd)
      if (parts.length === 1) add(ledger, `${prefix}${label}`, 'duration', part.gbSeconds, 'GB-s', priceUsd, say ? `${head} × ${price} (tier ${part.tier + 1}: ${part.range})` : '')
      else add(ledger, `${prefix}${label}, tier ${part.tier + 1}`, 'duration', part.gbSeconds, 'GB-s', priceUsd, say ? `${head}, of which ${q(part.gbSeconds)} GB-s in tier ${part.tier + 1} (${part.range}) × ${price}` : '')
    }
  }

  for (const { meter, field, label } of FLAT_METERS) {
    const amount = usage[field]
    if (!(amount > 0)) continue
    const price = lambdaRate(region, architecture, meter)
    add(ledger, `${prefix}${label}`, meter, amount, 'GB-s', price, say ? derive(derivations?.[meter], `${q(amount)} GB-s × ${formatPrice(price)}`) : '')
  }
}

function provisionedDerivation(context: SimulationContext): string | undefined {
  const schedule = context.input.strategies.provisioned_concurrency?.schedule
  if (!schedule) return undefined
  const { hours, description } = provisionedConcurrencyHours(schedule, context.input.days)
  return `${description} = ${formatQuantity(hours, 2)} h × 3,600 s × ${n(context.gb)} GB`
}

function trafficDerivations(context: SimulationContext, quantities: StrategyQuantities): UsageDerivations {
  const { input, gb, durationSeconds, initSeconds, storageGb } = context
  const traffic = quantities.traffic!
  const seconds = `${n(durationSeconds)} s × ${n(gb)} GB`
  return {
    request: `${n(quantities.requestsPerDay)} requests a day × ${n(input.days)} days`,
    duration: `${n(traffic.onDemandRequests)} ${traffic.provisionedRequests > 0 ? 'spillover requests on demand' : 'requests'} × ${seconds}`,
    init: `${n(quantities.coldStarts)} cold starts × ${n(initSeconds)} s INIT × ${n(gb)} GB`,
    provisioned_concurrency: provisionedDerivation(context),
    provisioned_duration: `${n(traffic.provisionedRequests)} requests on provisioned environments × ${seconds}`,
    ephemeral_storage: `${n(traffic.requests)} requests × ${n(durationSeconds)} s × ${n(storageGb)} GB above 512 MB`,
  }
}

function pingDerivations(context: SimulationContext, quantities: StrategyQuantities): UsageDerivations {
  const { input, gb, initSeconds, storageGb } = context
  const { intervalMinutes, concurrency } = input.strategies.keep_warm!
  const pings = quantities.pings!
  return {
    request: `${n(pings.runs)} runs (every ${n(intervalMinutes)} min for ${n(input.days)} days) × ${concurrency} concurrent = ${n(pings.pings)} pings`,
    duration: `${n(pings.pings)} pings × ${n(pings.billedMs / 1000)} s × ${n(gb)} GB`,
    init: `${n(pings.coldPings)} pings that found their environment reclaimed × ${n(initSeconds)} s INIT × ${n(gb)} GB`,
    ephemeral_storage: `${n(pings.pings)} pings × ${n(pings.billedMs / 1000)} s × ${n(storageGb)} GB above 512 MB`,
  }
}

function priceEc2(context: SimulationContext, ledger: Ledger, hours: number) {
  const { input } = context
  const { instanceType, hoursPerMonth } = input.strategies.ec2!
  const hourly = ec2HourlyRate(input.region, instanceType)
  const formula = ledger.formulas ? `${n(Math.min(hoursPerMonth, DEFAULT_HOURS_PER_MONTH))} of ${DEFAULT_HOURS_PER_MONTH} h a month × ${n(input.days)} days × 24 h = ${q(hours)} h × ${formatPrice(hourly)} per hour` : ''
  add(ledger, `EC2 ${instanceType}`, 'ec2_instance_hours', hours, 'hours', hourly, formula)
}

/**
 * Prices a strategy's quantities exactly at list price, with a formula per line unless `formulas` is false.
 * Free tier and tier ladder follow priceLambdaComponents: the free tier is drawn by real traffic first, then by
 * keep-warm pings; each line's quantity becomes a Decimal once, the total is the exact sum of the lines. Pass the same
 * `priced` to every strategy of one workload to share their identical lines.
 */
export function priceStrategy(context: SimulationContext, quantities: StrategyQuantities, formulas = true, priced: PricedLines = []): CostResult {
  const ledger = price(context, quantities, newLedger(context, [], formulas, priced))
  return { lineItems: ledger.lines!, totalUsd: ledger.total.toDecimal() }
}

/** The total of priceStrategy without its line items (the same sum), for fleets and cost curves. */
export function priceStrategyTotal(context: SimulationContext, quantities: StrategyQuantities): Decimal {
  return price(context, quantities, newLedger(context, null, false, [])).total.toDecimal()
}

function newLedger(context: SimulationContext, lines: LineItem[] | null, formulas: boolean, priced: PricedLines): Ledger {
  const free = context.input.includeFreeTier
  return { requests: free ? FREE_REQUESTS : 0, gbSeconds: free ? FREE_GB_SECONDS : 0, position: 0, total: new ExactTotal(), lines, formulas, priced }
}

function price(context: SimulationContext, quantities: StrategyQuantities, ledger: Ledger): Ledger {
  const { formulas } = ledger
  if (quantities.ec2Hours !== undefined) priceEc2(context, ledger, quantities.ec2Hours)
  if (quantities.traffic) priceComponent(context, ledger, quantities.traffic, '', formulas ? trafficDerivations(context, quantities) : undefined)
  if (quantities.pings) priceComponent(context, ledger, quantities.pings, 'Keep-warm pings: ', formulas ? pingDerivations(context, quantities) : undefined)
  return ledger
}
