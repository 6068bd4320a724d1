import type { Architecture } from '../functions/function-config'
import { ratePlan } from './rate-plan'

/**
 * The share of the time provisioned environments must be busy for provisioned concurrency to cost less than the
 * on-demand duration it replaces: its price per GB-s ÷ (on-demand duration − duration on provisioned concurrency).
 */
export function provisionedBreakEvenUtilization(region: string, architecture: Architecture): number {
  const plan = ratePlan(region, architecture)
  return plan
    .rate('provisioned_concurrency')
    .div(plan.rate('duration').minus(plan.rate('provisioned_duration')))
    .toNumber()
}
