import type { SimulationContext } from './simulation-context'
import type { StrategyQuantities } from './types'

/** Lambda quantities of the real traffic, split between on-demand and provisioned environments. */
export function trafficQuantities(
  context: SimulationContext,
  split: {
    requests: number
    onDemandRequests: number
    provisionedRequests: number
    coldStarts: number
    provisionedConcurrencyGbSeconds?: number
  },
): NonNullable<StrategyQuantities['traffic']> {
  const { gb, billedSeconds, billedInitSeconds, storageGb } = context
  return {
    requests: split.requests,
    onDemandRequests: split.onDemandRequests,
    provisionedRequests: split.provisionedRequests,
    durationGbSeconds: split.onDemandRequests * billedSeconds * gb,
    initGbSeconds: split.coldStarts * billedInitSeconds * gb,
    provisionedConcurrencyGbSeconds: split.provisionedConcurrencyGbSeconds ?? 0,
    provisionedDurationGbSeconds: split.provisionedRequests * billedSeconds * gb,
    ephemeralStorageGbSeconds: split.requests * billedSeconds * storageGb,
  }
}
