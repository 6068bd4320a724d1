import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import type { HourTerms } from './hour-terms'
import type { SimulationContext } from './simulation-context'
import type { StrategyQuantities } from './types'

/**
 * hoursPerMonth is read against the 730-hour month: 730 means always on. The simulated period gets the same
 * share of its own hours (days × 24 × hoursPerMonth / 730), capped at always on.
 */
export function ec2Hours(context: SimulationContext): number {
  const { days, strategies } = context.input
  return (days * 24 * Math.min(strategies.ec2!.hoursPerMonth, DEFAULT_HOURS_PER_MONTH)) / DEFAULT_HOURS_PER_MONTH
}

export function modelEc2(context: SimulationContext, hours: HourTerms): StrategyQuantities {
  const { requestsPerDay } = hours
  return {
    strategy: 'ec2',
    requestsPerDay,
    requests: requestsPerDay * context.input.days,
    coldStarts: 0,
    ec2Hours: ec2Hours(context),
  }
}
