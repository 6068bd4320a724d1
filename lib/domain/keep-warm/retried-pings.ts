// What a retried keep-warm ping is, decided once for every page (issue 15, item 7): keep-warm traffic that failed
// and was retried. A scheduled function's pings are asynchronous events (keep-warm-days.ts counts the async events,
// plus the retries of those dropped, as its pings), so on a function with a keep-warm schedule its automatic retries
// repeat pings, at most MaximumRetryAttempts per ping. They are in its pings and their cost, its keep-warm share,
// its budget's actual, the Keep-warm part of a change (never Retries, which repeat failed user events) and the
// anomalies, which all say so in these words.

/** What the pages call them. */
export const RETRIED_PINGS = 'retried pings'

/** What they are, in the words every page and anomaly uses. */
export const RETRIED_PINGS_MEANING = 'keep-warm pings that failed and were retried'

/** The rule, as the pages state it beside the numbers it governs. */
export const RETRIED_PINGS_RULE = `Retried pings (${RETRIED_PINGS_MEANING}) are keep-warm traffic: counted in the pings, their cost, the keep-warm share, the budget’s actual and the Keep-warm part of a change, never as Retries.`

/** Of a period's automatic retries, those that repeat keep-warm pings: at most `maxRetryAttempts` for each ping sent. */
export function retriedPings(input: { retries: number; pings: number; maxRetryAttempts: number }): number {
  return Math.max(0, Math.min(input.retries, input.pings * Math.max(0, input.maxRetryAttempts)))
}
