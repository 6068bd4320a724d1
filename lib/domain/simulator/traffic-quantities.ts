import type { SimulationContext } from './simulation-context'
import type { StrategyQuantities } from './types'

/** Lambda quantities of the real traffic, split between on-demand and provisioned environments. */
export function trafficQuantities(
  context: SimulationContext,
  split: { requests: number; onDemandRequests: number; provisionedRequests: number; coldStarts: number; provisionedConcurrencyGbSeconds?: number },
): NonNullable<StrategyQuantities['traffic']> {
  const { gb, durationSeconds, initSeconds, storageGb } = context
  return {
    requests: split.requests,
    onDemandRequests: split.onDemandRequests,
    provisionedRequests: split.provisionedRequests,
    durationGbSeconds: split.onDemandRequests * durationSeconds * gb,
    initGbSeconds: split.coldStarts * initSeconds * gb,
    provisionedConcurrencyGbSeconds: split.provisionedConcurrencyGbSeconds ?? 0,
    provisionedDurationGbSeconds: split.provisionedRequests * durationSeconds * gb,
    ephemeralStorageGbSeconds: split.requests * durationSeconds * storageGb,
  }
}
