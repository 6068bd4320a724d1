import { formatQuantity } from '../pricing/format-formula'
import { initBilledFrom } from '../pricing/init-billing'
import { phrase, type Phrase } from '../phrase'
import { RATE_CARD_VERSION } from '../pricing/rate-catalog'
import type { SimulationContext } from './simulation-context'

/** The traffic, cold-start and price assumptions every strategy shares, with this workload's numbers. */
export function modelAssumptions(context: SimulationContext): Phrase[] {
  const { input } = context
  const n = (value: number) => formatQuantity(value, 2)
  const model = (name: string, values?: Parameters<typeof phrase>[1]) =>
    phrase(`simulator.phrases.model.${name}`, values)
  return [
    model('traffic', { requests: n(input.requestsPerDay) }),
    model('duration', { duration: n(input.avgDurationMs), billed: n(context.billedSeconds * 1000) }),
    model('idle', { idle: n(input.idleLifetimeMinutes) }),
    model('coldStartShare'),
    model('init', { init: n(input.initDurationMs), since: initBilledFrom() }),
    model(input.includeFreeTier ? 'pricesFreeTier' : 'prices', { version: RATE_CARD_VERSION, days: n(input.days) }),
    model('breakEven'),
  ]
}
