// Retrying a failed webhook: exponential backoff from one minute, doubling each time; after ten attempts
// (about eight and a half hours of trying) the delivery is given up and shown as failed in the log.
export const MAX_DELIVERY_ATTEMPTS = 10
const BASE_MS = 60_000

/** When to try again after `attempts` failed attempts, or null to give up. */
export function nextAttemptAt(now: Date, attempts: number): Date | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null
  return new Date(now.getTime() + BASE_MS * 2 ** Math.max(0, attempts - 1))
}
