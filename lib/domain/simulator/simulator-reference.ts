import { ARCHITECTURES, type Architecture } from '../functions/function-config'
import { regionInfo } from '../regions'
import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import { ec2Offers, hasLambdaRate, lambdaRegions, RATE_CARD_VERSION } from '../pricing/rate-catalog'
import type { RateStatus } from '../pricing/rate-card-types'
import { SIMULATION_DEFAULTS } from './resolve-simulation-input'
import type { SimulationInput } from './simulation-input'
import { STRATEGY_ORDER, type StrategyName } from './types'

export const STRATEGY_LABELS: Record<StrategyName, string> = {
  on_demand: 'On-demand',
  keep_warm: 'Keep-warm pings',
  provisioned_concurrency: 'Provisioned concurrency',
  ec2: 'EC2 instance',
}

/** Mission story 2, the scenario the page opens with: a small API of 500 requests a day, 512 MB, 100 ms. */
export const DEFAULT_SCENARIO: SimulationInput = {
  region: 'us-east-1',
  architecture: 'x86_64',
  memoryMb: 512,
  requestsPerDay: 500,
  avgDurationMs: 100,
  days: SIMULATION_DEFAULTS.days,
  includeFreeTier: SIMULATION_DEFAULTS.includeFreeTier,
  strategies: {
    on_demand: {},
    keep_warm: { intervalMinutes: 4, pingDurationMs: 50, concurrency: 1 },
    provisioned_concurrency: { concurrency: 1, hoursPerDay: 24 },
    ec2: { instanceType: 't4g.small', hoursPerMonth: DEFAULT_HOURS_PER_MONTH },
  },
}

export type SimulatorReference = {
  rateCardVersion: string
  regions: {
    code: string
    name: string
    /** Strategies the rate card cannot price for an architecture in this region (e.g. EC2 where it has no instance prices). */
    unavailable: { architecture: Architecture; strategy: StrategyName }[]
    ec2Instances: { instanceType: string; vcpus: number; memoryGib: number; hourlyUsd: string; status: RateStatus }[]
  }[]
  architectures: Architecture[]
  strategies: { key: StrategyName; label: string }[]
  defaults: SimulationInput & {
    initDurationMs: number
    idleLifetimeMinutes: number
    ephemeralStorageMb: number
  }
}

function unavailableIn(region: string): SimulatorReference['regions'][number]['unavailable'] {
  const missing: SimulatorReference['regions'][number]['unavailable'] = []
  const noInstances = ec2Offers(region).length === 0
  for (const architecture of ARCHITECTURES) {
    for (const [strategy, meter] of [
      ['provisioned_concurrency', 'provisioned_concurrency'],
      ['on_demand', 'request'],
    ] as const) {
      if (!hasLambdaRate(region, architecture, meter)) missing.push({ architecture, strategy })
    }
    if (noInstances) missing.push({ architecture, strategy: 'ec2' })
  }
  return missing
}

/** What the simulator form offers, from the rate card: regions, architectures, instance types with prices, defaults. */
export function simulatorReference(): SimulatorReference {
  return {
    rateCardVersion: RATE_CARD_VERSION,
    regions: lambdaRegions().map((code) => ({
      code,
      name: regionInfo(code)?.name ?? code,
      unavailable: unavailableIn(code),
      ec2Instances: ec2Offers(code).map(({ instanceType, vcpus, memoryGib, hourlyUsd, status }) => ({
        instanceType,
        vcpus,
        memoryGib,
        hourlyUsd,
        status,
      })),
    })),
    architectures: [...ARCHITECTURES],
    strategies: STRATEGY_ORDER.map((key) => ({ key, label: STRATEGY_LABELS[key] })),
    defaults: {
      ...DEFAULT_SCENARIO,
      initDurationMs: SIMULATION_DEFAULTS.initDurationMs,
      idleLifetimeMinutes: SIMULATION_DEFAULTS.idleLifetimeMinutes,
      ephemeralStorageMb: SIMULATION_DEFAULTS.ephemeralStorageMb,
    },
  }
}
