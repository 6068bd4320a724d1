// What Cost Explorer costs and how much of it a day may spend. Every GetCostAndUsage request (each page) costs
// $0.01; runs are capped one by one (FINOPS_CE_MAX_CALLS_PER_RUN) and all together per UTC day
// (FINOPS_CE_MAX_USD_PER_DAY), so that any number of queued windows cannot run up a bill.
import type { IsoDay } from '@/lib/domain/calendar'
import { type DayRange, splitByMonth } from '@/lib/domain/ingest/plan-windows'
import { type Decimal, type DecimalInput, toDecimal } from '@/lib/domain/money'

export const COST_EXPLORER_USD_PER_REQUEST = toDecimal('0.01')

/** Today's (UTC) Cost Explorer requests against the daily cap: made by runs started today, and expected of queued ones. */
export type DailySpend = { day: IsoDay; capUsd: string; spentCalls: number; reservedCalls: number }

export function usdOfCalls(calls: number): Decimal {
  return COST_EXPLORER_USD_PER_REQUEST.times(calls)
}

/** How many requests a daily cap pays for (whole requests only). */
export function callsWithin(capUsd: DecimalInput): number {
  return toDecimal(capUsd).dividedToIntegerBy(COST_EXPLORER_USD_PER_REQUEST).toNumber()
}

/**
 * The requests a run for a cost window is expected to make: the accounts query, then one per month and account
 * (an account with credits or tax, or a long answer, needs more: the run itself stops at the cap).
 */
export function expectedCostExplorerCalls(window: DayRange | null, accounts: number): number {
  return window ? 1 + splitByMonth(window).length * Math.max(1, accounts) : 0
}

const dollars = (calls: number) => `$${usdOfCalls(calls).toFixed(2)}`

/** Why a new run of `neededCalls` requests may not be queued today, or null when it fits under the cap. */
export function refusalBeyondDailyCap(spend: DailySpend, neededCalls: number): string | null {
  const committed = spend.spentCalls + spend.reservedCalls
  if (neededCalls === 0 || committed + neededCalls <= callsWithin(spend.capUsd)) return null
  return (
    `This run would go over today's Cost Explorer spending cap of $${toDecimal(spend.capUsd).toFixed(2)} (FINOPS_CE_MAX_USD_PER_DAY, UTC day ${spend.day}): ` +
    `it is expected to make about ${neededCalls} requests (${dollars(neededCalls)}), and ${dollars(committed)} is already spent today` +
    `${spend.reservedCalls ? ` or set aside for queued runs (${dollars(spend.reservedCalls)})` : ''}. ` +
    'Ingest a shorter window, wait for the next UTC day, or raise the cap.'
  )
}

/** Why a running run stops before its next request, or null while both caps leave room for it. */
export function stopBeyondCaps(input: {
  callsThisRun: number
  maxCallsPerRun: number
  daily?: DailySpend
}): string | null {
  if (input.callsThisRun >= input.maxCallsPerRun) {
    return `Stopped at the cap of ${input.maxCallsPerRun} Cost Explorer calls per run (${dollars(input.maxCallsPerRun)}); ingest a shorter window or raise FINOPS_CE_MAX_CALLS_PER_RUN.`
  }
  if (input.daily && input.daily.spentCalls + input.callsThisRun >= callsWithin(input.daily.capUsd)) {
    return (
      `Stopped at today's Cost Explorer spending cap of $${toDecimal(input.daily.capUsd).toFixed(2)} (FINOPS_CE_MAX_USD_PER_DAY, UTC day ${input.daily.day}): ` +
      `earlier runs spent ${dollars(input.daily.spentCalls)} and this one ${dollars(input.callsThisRun)}. ` +
      'Months already written are kept; run the rest on the next UTC day or raise the cap.'
    )
  }
  return null
}
