import type { HourTerms } from './hour-terms'
import type { SimulationContext } from './simulation-context'
import { trafficQuantities } from './traffic-quantities'
import type { StrategyQuantities } from './types'

/**
 * Requests go to the provisioned environments first; one that finds all of them busy (Erlang B) spills over to
 * on-demand, where it can start cold. Outside the enabled hours the function is plain on-demand.
 */
export function modelProvisionedConcurrency(context: SimulationContext, hours: HourTerms): StrategyQuantities {
  const { gb, input } = context
  const { requestsPerDay } = hours
  let spillPerDay = 0
  let coldPerDay = 0
  for (const use of context.provisionedUses) {
    const requests = use.slots * hours.perHour[use.plan]!
    const terms = hours.terms[use.plan]![use.level]!
    spillPerDay += requests * terms.spill
    coldPerDay += requests * Math.min(terms.coldAbove, terms.spill)
  }
  const requests = requestsPerDay * input.days
  const onDemandRequests = Math.min(requests, spillPerDay * input.days)
  const coldStarts = coldPerDay * input.days
  return {
    strategy: 'provisioned_concurrency',
    requestsPerDay,
    requests,
    coldStarts,
    traffic: trafficQuantities(context, {
      requests,
      onDemandRequests,
      provisionedRequests: requests - onDemandRequests,
      coldStarts,
      provisionedConcurrencyGbSeconds: context.provisionedHours * 3600 * gb,
    }),
  }
}
