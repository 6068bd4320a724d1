import type { Architecture } from '../functions/function-config'
import { Decimal, toDecimal } from '../money'
import { billedInvocationMs } from './billed-duration'
import { formatQuantity } from './format-formula'
import { priceLambdaUsage } from './price-lambda-usage'
import type { CostResult } from './types'

const MINUTES_PER_DAY = 1440

function positive(field: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${field} must be a positive number, got ${value}`)
  return value
}

function nonNegative(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${field} must not be negative, got ${value}`)
  return value
}

/** Schedule runs in `days` (a rate(N minutes) rule fires whole times only) and pings = runs × fan-out. */
export function keepWarmPings(input: { intervalMinutes: number; concurrency: number; days: number }): {
  runs: number
  pings: number
} {
  const interval = positive('intervalMinutes', input.intervalMinutes)
  const runs = Math.floor((nonNegative('days', input.days) * MINUTES_PER_DAY) / interval)
  return { runs, pings: runs * nonNegative('concurrency', input.concurrency) }
}

/** List price of a keep-warm schedule (no free tier): each ping is one request plus its duration rounded up to the ms. */
export function keepWarmCost(input: {
  region: string
  architecture: Architecture
  memoryMb: number
  intervalMinutes: number
  concurrency: number
  pingDurationMs: number
  days: number
}): CostResult & { pingsPerPeriod: Decimal } {
  const { runs, pings } = keepWarmPings(input)
  const pingMs = nonNegative('pingDurationMs', input.pingDurationMs)
  const billedMs = billedInvocationMs(pingMs)
  const seconds = toDecimal(billedMs).div(1000)
  const gb = toDecimal(positive('memoryMb', input.memoryMb)).div(1024)
  const pingText = `${formatQuantity(pings)} pings`
  const { lineItems, totalUsd } = priceLambdaUsage(
    {
      region: input.region,
      architecture: input.architecture,
      requests: pings,
      durationGbSeconds: seconds.times(gb).times(pings),
    },
    {
      labelPrefix: 'Keep-warm ',
      derivations: {
        request: `${formatQuantity(runs)} runs (every ${formatQuantity(input.intervalMinutes)} min for ${formatQuantity(input.days)} days) × ${input.concurrency} concurrent = ${pingText}`,
        duration: `${pingText} × ${formatQuantity(seconds)} s${billedMs === pingMs ? '' : ` (${formatQuantity(pingMs)} ms rounded up to the ms)`} × ${formatQuantity(gb)} GB`,
      },
    },
  )
  return { lineItems, totalUsd, pingsPerPeriod: new Decimal(pings) }
}
