import { FloatLambdaPricer, floatInstanceHourly } from '../pricing/float-pricer'
import type { SimulationContext } from './simulation-context'
import type { StrategyName } from './types'

/**
 * How the break-even search prices a strategy: a float Lambda bill, or an instance's hourly price for EC2.
 * Throws MissingRateError, like the exact path, when the card lacks a rate the strategy needs.
 */
export function searchPricer(context: SimulationContext, strategy: StrategyName): FloatLambdaPricer | number {
  const { region, architecture, strategies } = context.input
  if (strategy === 'ec2') return floatInstanceHourly(region, strategies.ec2!.instanceType)
  return new FloatLambdaPricer(region, architecture, {
    provisioned: strategy === 'provisioned_concurrency',
    storage: context.storageGb > 0,
  })
}
