import { coldStartTerms, type ColdStartTerms } from './cold-start-model'
import type { SimulationContext } from './simulation-context'

/** Cold-start terms for every share plan and warm level at one traffic level: one pass per plan serves all strategies. */
export type HourTerms = { requestsPerDay: number; perHour: number[]; terms: ColdStartTerms[][] }

export function hourTerms(context: SimulationContext, requestsPerDay: number): HourTerms {
  const { durationSeconds, idleSeconds } = context
  const perHour: number[] = []
  const terms = context.plans.map((plan) => {
    const requests = requestsPerDay * plan.share
    const rate = requests / 3600
    perHour.push(requests)
    return coldStartTerms(rate * durationSeconds, rate * idleSeconds, plan.levels)
  })
  return { requestsPerDay, perHour, terms }
}
