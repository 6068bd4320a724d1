import { formatQuantity } from '../pricing/format-formula'
import { initBilledFrom } from '../pricing/init-billing'
import { RATE_CARD_VERSION } from '../pricing/rate-catalog'
import type { SimulationContext } from './simulation-context'

/** The traffic, cold-start and price assumptions every strategy shares, with this workload's numbers. */
export function modelAssumptions(context: SimulationContext): string[] {
  const { input } = context
  const n = (value: number) => formatQuantity(value, 2)
  return [
    `Traffic: ${n(input.requestsPerDay)} requests a day spread by the hourly profile, Poisson arrivals within each hour; the profile repeats every day.`,
    `Each request runs ${n(input.avgDurationMs)} ms; requests in flight follow a Poisson distribution with mean rate × duration. Lambda bills each invocation's duration rounded up to the ms: ${n(context.billedSeconds * 1000)} ms a request.`,
    `Idle environments are reclaimed after ${n(input.idleLifetimeMinutes)} min (AWS does not publish this; measurements say 5 to 15 min); recycling every few hours is not modelled.`,
    'Cold-start share per hour: Σ_k p(k−1) × e^(−λ × L × p(k−1)), p the distribution of requests in flight, λ the arrival rate, L the idle lifetime; e^(−λL) for a single environment.',
    `Every cold start bills ${n(input.initDurationMs)} ms of INIT as duration, with its invocation and rounded up to the ms together (on-demand ZIP functions, since ${initBilledFrom()}).`,
    `List prices from rate card ${RATE_CARD_VERSION}; ${input.includeFreeTier ? 'free tier included (1M requests and 400,000 GB-s, for each strategy as if it were the only usage)' : 'free tier not included'}; the period is ${n(input.days)} days.`,
    'Break-even points are searched from 0 to 10M requests a day on a logarithmic grid (two points a decade), with the same model in floating point, then refined by false position to 0.1%.',
  ]
}
