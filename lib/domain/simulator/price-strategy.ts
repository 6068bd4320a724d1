import type { Decimal } from '../money'
import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import { formatQuantity } from '../pricing/format-formula'
import { provisionedConcurrencyHours } from '../pricing/provisioned-schedule'
import type { UsageDerivations } from '../pricing/price-lambda-usage'
import { ModelledLedger, type PricedLines } from '../pricing/price-modelled-usage'
import type { CostResult } from '../pricing/types'
import { FAN_OUT_MIN_SLEEP_MS } from './model-keep-warm'
import type { SimulationContext } from './simulation-context'
import type { StrategyQuantities } from './types'

export type { PricedLines }

const n = (value: number) => formatQuantity(value, 2)

function provisionedDerivation(context: SimulationContext): string | undefined {
  const schedule = context.input.strategies.provisioned_concurrency?.schedule
  if (!schedule) return undefined
  const { hours, description } = provisionedConcurrencyHours(schedule, context.input.days)
  return `${description} = ${formatQuantity(hours, 2)} h × 3,600 s × ${n(context.gb)} GB`
}

/** "0.002 s (1.317 ms rounded up to the ms)": a billed duration, and what it was before rounding when that differs. */
function billed(seconds: number, ms: number): string {
  return seconds * 1000 === ms ? `${n(seconds)} s` : `${n(seconds)} s (${formatQuantity(ms)} ms rounded up to the ms)`
}

/** INIT is billed with its invocation, the two rounded up to the ms together: what it adds to the bill. */
function initText(billedInitSeconds: number, initMs: number): string {
  return billedInitSeconds * 1000 === initMs
    ? `${n(billedInitSeconds)} s INIT`
    : `${n(billedInitSeconds)} s INIT (${formatQuantity(initMs)} ms, rounded up to the ms with its invocation)`
}

function trafficDerivations(context: SimulationContext, quantities: StrategyQuantities): UsageDerivations {
  const { input, gb, billedSeconds, billedInitSeconds, storageGb } = context
  const traffic = quantities.traffic!
  const perRequest = billed(billedSeconds, input.avgDurationMs)
  const seconds = `${perRequest} × ${n(gb)} GB`
  return {
    request: `${n(quantities.requestsPerDay)} requests a day × ${n(input.days)} days`,
    duration: `${n(traffic.onDemandRequests)} ${traffic.provisionedRequests > 0 ? 'spillover requests on demand' : 'requests'} × ${seconds}`,
    init: `${n(quantities.coldStarts)} cold starts × ${initText(billedInitSeconds, input.initDurationMs)} × ${n(gb)} GB`,
    provisioned_concurrency: provisionedDerivation(context),
    provisioned_duration: `${n(traffic.provisionedRequests)} requests on provisioned environments × ${seconds}`,
    ephemeral_storage: `${n(traffic.requests)} requests × ${perRequest} × ${n(storageGb)} GB above 512 MB`,
  }
}

function pingDerivations(context: SimulationContext, quantities: StrategyQuantities): UsageDerivations {
  const { input, gb, storageGb } = context
  const { intervalMinutes, concurrency, pingDurationMs } = input.strategies.keep_warm!
  const pings = quantities.pings!
  const heldMs = concurrency > 1 ? Math.max(pingDurationMs, FAN_OUT_MIN_SLEEP_MS) : pingDurationMs
  const perPing = billed(pings.billedMs / 1000, heldMs)
  return {
    request: `${n(pings.runs)} runs (every ${n(intervalMinutes)} min for ${n(input.days)} days) × ${concurrency} concurrent = ${n(pings.pings)} pings`,
    duration: `${n(pings.pings)} pings × ${perPing} × ${n(gb)} GB`,
    init: `${n(pings.coldPings)} pings that found their environment reclaimed × ${initText(pings.billedInitSeconds, input.initDurationMs)} × ${n(gb)} GB`,
    ephemeral_storage: `${n(pings.pings)} pings × ${perPing} × ${n(storageGb)} GB above 512 MB`,
  }
}

function ec2Derivation(context: SimulationContext): string {
  const { hoursPerMonth } = context.input.strategies.ec2!
  return `${n(Math.min(hoursPerMonth, DEFAULT_HOURS_PER_MONTH))} of ${DEFAULT_HOURS_PER_MONTH} h a month × ${n(context.input.days)} days × 24 h`
}

/**
 * Prices a strategy's quantities exactly at list price, with a formula per line unless `formulas` is false.
 * Free tier and tier ladder follow priceLambdaComponents: the free tier is drawn by real traffic first, then by
 * keep-warm pings; each line's quantity becomes a Decimal once, the total is the exact sum of the lines. Pass the same
 * `priced` to every strategy of one workload to share their identical lines.
 */
export function priceStrategy(
  context: SimulationContext,
  quantities: StrategyQuantities,
  formulas = true,
  priced: PricedLines = [],
): CostResult {
  const ledger = price(context, quantities, newLedger(context, true, formulas, priced), formulas)
  return { lineItems: ledger.lines!, totalUsd: ledger.totalUsd() }
}

/** The total of priceStrategy without its line items (the same sum), for fleets and cost curves. */
export function priceStrategyTotal(context: SimulationContext, quantities: StrategyQuantities): Decimal {
  return price(context, quantities, newLedger(context, false, false, []), false).totalUsd()
}

function newLedger(context: SimulationContext, lines: boolean, formulas: boolean, priced: PricedLines): ModelledLedger {
  const { region, architecture, includeFreeTier } = context.input
  return new ModelledLedger(region, architecture, { includeFreeTier, lines, formulas, priced })
}

function price(
  context: SimulationContext,
  quantities: StrategyQuantities,
  ledger: ModelledLedger,
  formulas: boolean,
): ModelledLedger {
  if (quantities.ec2Hours !== undefined)
    ledger.instance(
      context.input.strategies.ec2!.instanceType,
      quantities.ec2Hours,
      formulas ? ec2Derivation(context) : '',
    )
  if (quantities.traffic)
    ledger.lambda(quantities.traffic, '', formulas ? trafficDerivations(context, quantities) : undefined)
  if (quantities.pings)
    ledger.lambda(quantities.pings, 'Keep-warm pings: ', formulas ? pingDerivations(context, quantities) : undefined)
  return ledger
}
