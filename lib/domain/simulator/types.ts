import type { Phrase } from '../phrase'
import type { Decimal } from '../money'
import type { ModelledLambdaUsage } from '../pricing/price-modelled-usage'
import type { LineItem } from '../pricing/types'
import type { ResolvedSimulationInput } from './resolve-simulation-input'

export type StrategyName = 'on_demand' | 'keep_warm' | 'provisioned_concurrency' | 'ec2'

export const STRATEGY_ORDER: readonly StrategyName[] = ['on_demand', 'keep_warm', 'provisioned_concurrency', 'ec2']

/** Lambda quantities of one component of a strategy (real traffic or keep-warm pings) for the whole period. */
export type LambdaQuantities = ModelledLambdaUsage

/** What a strategy uses over the period at one traffic level; plain numbers, priced later. */
export type StrategyQuantities = {
  strategy: StrategyName
  requestsPerDay: number
  /** Real requests in the period. */
  requests: number
  /** Real requests that start an execution environment. */
  coldStarts: number
  traffic?: LambdaQuantities & { onDemandRequests: number; provisionedRequests: number }
  pings?: LambdaQuantities & {
    runs: number
    pings: number
    coldPings: number
    billedMs: number
    billedInitSeconds: number
  }
  ec2Hours?: number
}

export type StrategyResult = {
  strategy: StrategyName
  /** Cost of the simulated period (`days`, a 30-day month by default), unrounded. */
  monthlyCostUsd: Decimal
  lineItems: LineItem[]
  coldStartsPerMonth: number
  /** Share of real requests that hit a cold start. */
  coldStartShare: number
  /** Whether the strategy carries the workload; only a viable strategy can be recommended. */
  viable: boolean
  /** Why it does not (empty when viable). */
  reasons: Phrase[]
  warnings: Phrase[]
  assumptions: Phrase[]
  keepWarm?: {
    pingsPerMonth: number
    coldPingsPerMonth: number
    pingBilledDurationMs: number
    requiredSleepMs: number
    keepsEnvironmentsWarm: boolean
  }
  provisioned?: {
    environmentHours: number
    requestsOnProvisioned: number
    spilloverRequests: number
    utilization: number
    breakEvenUtilization: number
  }
  ec2?: { hours: number; vcpus: number; memoryGib: number; requiredVcpus: number; requiredMemoryGib: number }
}

/** A stretch of traffic between two crossings (or the ends of the searched range) where one strategy of a pair is cheaper. */
export type BreakEvenInterval = {
  fromRequestsPerDay: number
  toRequestsPerDay: number
  /** Null when the two cost the same throughout. */
  cheaper: StrategyName | null
}

/** Where two strategies' costs cross as requests per day grow (0 to 10 million). */
export type BreakEven = {
  strategies: [StrategyName, StrategyName]
  /** First crossing; null when one is cheaper (or they are equal) over the whole range. */
  requestsPerDay: number | null
  /** Every crossing found, ascending. */
  crossings: number[]
  cheaperBelow: StrategyName | null
  cheaperAbove: StrategyName | null
  /** Which is cheaper between consecutive crossings, from 0 to 10 million requests a day: several when they cross several times. */
  intervals: BreakEvenInterval[]
}

export type SimulationResult = {
  input: ResolvedSimulationInput
  rateCardVersion: string
  strategies: StrategyResult[]
  /** Strategies asked for that cannot be priced, e.g. a rate missing from the card. */
  unavailable: { strategy: StrategyName; reason: string }[]
  cheapest: StrategyName | null
  /** The cheapest viable strategy: the answer. Null when none is viable. */
  recommended: StrategyName | null
  /** Why, in a sentence (naming cheaper strategies that cannot carry the workload). */
  recommendedReason: Phrase
  breakEven: BreakEven[]
  /** The answer in plain words, sentence by sentence: the cheapest strategy, by how much, at what cold-start risk. */
  verdict: Phrase[] | null
  /** Traffic and cold-start model, shared by all strategies. */
  assumptions: Phrase[]
}
