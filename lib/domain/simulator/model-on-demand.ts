import type { HourTerms } from './hour-terms'
import type { SimulationContext } from './simulation-context'
import { trafficQuantities } from './traffic-quantities'
import type { StrategyQuantities } from './types'

export function modelOnDemand(context: SimulationContext, hours: HourTerms): StrategyQuantities {
  const { input } = context
  let coldPerDay = 0
  context.plans.forEach((plan, index) => {
    coldPerDay += plan.hours * hours.perHour[index]! * hours.terms[index]![0]!.coldAll
  })
  const requests = hours.requestsPerDay * input.days
  const coldStarts = coldPerDay * input.days
  return {
    strategy: 'on_demand',
    requestsPerDay: hours.requestsPerDay,
    requests,
    coldStarts,
    traffic: trafficQuantities(context, { requests, onDemandRequests: requests, provisionedRequests: 0, coldStarts }),
  }
}
