import { Decimal, ZERO } from '../money'
import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import { formatPrice, formatQuantity } from '../pricing/format-formula'
import { costResult, lineItem } from '../pricing/line-item'
import { priceLambdaComponents, type LambdaComponent } from '../pricing/price-lambda-components'
import type { UsageDerivations } from '../pricing/price-lambda-usage'
import { ec2HourlyRate } from '../pricing/rate-card'
import type { CostResult } from '../pricing/types'
import type { SimulationContext } from './simulation-context'
import type { LambdaQuantities, StrategyQuantities } from './types'

// Model quantities are binary floats; 15 significant digits drop representation noise (1,296,000.0000000002)
// before they are priced exactly.
const modelled = (value: number) => (value === 0 ? ZERO : new Decimal(value.toPrecision(15)))
const n = (value: number) => formatQuantity(value, 2)

function usage(context: SimulationContext, quantities: LambdaQuantities) {
  const { region, architecture } = context.input
  return {
    region,
    architecture,
    requests: modelled(quantities.requests),
    durationGbSeconds: modelled(quantities.durationGbSeconds),
    initGbSeconds: modelled(quantities.initGbSeconds),
    provisionedConcurrencyGbSeconds: modelled(quantities.provisionedConcurrencyGbSeconds),
    provisionedDurationGbSeconds: modelled(quantities.provisionedDurationGbSeconds),
    ephemeralStorageGbSeconds: modelled(quantities.ephemeralStorageGbSeconds),
  }
}

function trafficDerivations(context: SimulationContext, quantities: StrategyQuantities): UsageDerivations {
  const { input, gb, durationSeconds, initSeconds, storageGb } = context
  const traffic = quantities.traffic!
  const seconds = `${n(durationSeconds)} s × ${n(gb)} GB`
  return {
    request: `${n(quantities.requestsPerDay)} requests a day × ${n(input.days)} days`,
    duration: `${n(traffic.onDemandRequests)} ${traffic.provisionedRequests > 0 ? 'spillover requests on demand' : 'requests'} × ${seconds}`,
    init: `${n(quantities.coldStarts)} cold starts × ${n(initSeconds)} s INIT × ${n(gb)} GB`,
    provisioned_concurrency: `${context.provisionedDescription} = ${formatQuantity(context.provisionedEnvironmentHours, 2)} h × 3,600 s × ${n(gb)} GB`,
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

function priceEc2(context: SimulationContext, hours: number, formulas: boolean): CostResult {
  const { input } = context
  const { instanceType, hoursPerMonth } = input.strategies.ec2!
  const hourly = ec2HourlyRate(input.region, instanceType)
  const quantity = modelled(hours)
  return costResult([lineItem({
    label: `EC2 ${instanceType}`,
    meter: 'ec2_instance_hours',
    quantity,
    unit: 'hours',
    unitPriceUsd: hourly,
    formula: formulas ? `${n(Math.min(hoursPerMonth, DEFAULT_HOURS_PER_MONTH))} of ${DEFAULT_HOURS_PER_MONTH} h a month × ${n(input.days)} days × 24 h = ${formatQuantity(quantity, 2)} h × ${formatPrice(hourly)} per hour` : '',
  })])
}

/**
 * Prices a strategy's quantities exactly at list price, with a formula per line unless `formulas` is false.
 * The free tier, when included, is drawn by real traffic first, then by keep-warm pings.
 */
export function priceStrategy(context: SimulationContext, quantities: StrategyQuantities, formulas = true): CostResult {
  if (quantities.ec2Hours !== undefined) return priceEc2(context, quantities.ec2Hours, formulas)
  const components: LambdaComponent[] = []
  if (quantities.traffic) {
    components.push({ usage: usage(context, quantities.traffic), derivations: formulas ? trafficDerivations(context, quantities) : undefined })
  }
  if (quantities.pings) {
    components.push({
      usage: usage(context, quantities.pings),
      labelPrefix: 'Keep-warm pings: ',
      derivations: formulas ? pingDerivations(context, quantities) : undefined,
    })
  }
  const { lineItems, totalUsd } = priceLambdaComponents(components, { includeFreeTier: context.input.includeFreeTier, formulas })
  return { lineItems, totalUsd }
}
