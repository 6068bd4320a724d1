import { billedInvocationMs } from '../pricing/billed-duration'
import { keepWarmPings } from '../pricing/keep-warm-cost'
import type { HourTerms } from './hour-terms'
import type { SimulationContext } from './simulation-context'
import { trafficQuantities } from './traffic-quantities'
import type { StrategyQuantities } from './types'

/** K concurrent pings only hold K environments if each is still running when the last one lands (story 3: ~100 ms). */
export const FAN_OUT_MIN_SLEEP_MS = 100

/** A ping's billed duration: how long it is held, rounded up to the ms. */
function pingBilledMs(pingDurationMs: number, concurrency: number): number {
  return billedInvocationMs(concurrency > 1 ? Math.max(pingDurationMs, FAN_OUT_MIN_SLEEP_MS) : pingDurationMs)
}

type KeepWarmSettings = { intervalMinutes: number; concurrency: number; pingDurationMs: number }

/** What a keep-warm schedule means whatever the traffic; the break-even search reads the same facts. */
export function keepWarmSchedule(
  context: SimulationContext,
  { intervalMinutes, concurrency, pingDurationMs }: KeepWarmSettings,
) {
  const { idleLifetimeMinutes, days } = context.input
  const { runs, pings } = keepWarmPings({ intervalMinutes, concurrency, days })
  const billedMs = pingBilledMs(pingDurationMs, concurrency)
  return {
    runs,
    pings,
    billedMs,
    /** What INIT adds to a ping that finds its environment reclaimed (billed with the ping, rounded up together). */
    billedInitSeconds: (billedInvocationMs(context.initDurationMs + billedMs) - billedMs) / 1000,
    /** Share of the time a request finds the pinged environments already reclaimed (pings rarer than the idle lifetime). */
    unprotected: Math.max(0, 1 - idleLifetimeMinutes / intervalMinutes),
    pingsFindReclaimed: intervalMinutes >= idleLifetimeMinutes,
  }
}

/**
 * Pings every N minutes to K environments. With N below the idle lifetime L the K environments never idle out,
 * so only requests above K concurrent start cold. With N ≥ L a request finds a pinged environment only if the
 * last ping was less than L ago (share L/N of the time), and each ping re-creates reclaimed environments.
 */
export function modelKeepWarm(context: SimulationContext, hours: HourTerms): StrategyQuantities {
  const { gb, storageGb, input } = context
  const { requestsPerDay } = hours
  const { intervalMinutes } = input.strategies.keep_warm!
  const { runs, pings, billedMs, billedInitSeconds, unprotected, pingsFindReclaimed } = keepWarmSchedule(
    context,
    input.strategies.keep_warm!,
  )
  let coldPerDay = 0
  let coldPingsPerDay = 0
  context.plans.forEach((plan, index) => {
    const terms = hours.terms[index]![plan.keepWarmLevel]!
    coldPerDay +=
      plan.hours * hours.perHour[index]! * (terms.coldAbove + unprotected * (terms.coldAll - terms.coldAbove))
    if (pingsFindReclaimed) coldPingsPerDay += (plan.hours * 60 * terms.reclaimedBelow) / intervalMinutes
  })
  const requests = requestsPerDay * input.days
  const coldStarts = coldPerDay * input.days
  const coldPings = Math.min(pings, coldPingsPerDay * input.days)
  const pingSeconds = (pings * billedMs) / 1000
  return {
    strategy: 'keep_warm',
    requestsPerDay,
    requests,
    coldStarts,
    traffic: trafficQuantities(context, { requests, onDemandRequests: requests, provisionedRequests: 0, coldStarts }),
    pings: {
      runs,
      pings,
      coldPings,
      billedMs,
      billedInitSeconds,
      requests: pings,
      durationGbSeconds: pingSeconds * gb,
      initGbSeconds: coldPings * billedInitSeconds * gb,
      provisionedConcurrencyGbSeconds: 0,
      provisionedDurationGbSeconds: 0,
      ephemeralStorageGbSeconds: pingSeconds * storageGb,
    },
  }
}
