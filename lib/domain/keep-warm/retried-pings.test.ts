import { describe, expect, it } from 'vitest'
import { RETRIED_PINGS_RULE, retriedPings } from './retried-pings'

describe('retried pings', () => {
  it.each([
    // The demo's retry storm: 44,640 pings a month, each failing and retried twice.
    [{ retries: 89_280, pings: 44_640, maxRetryAttempts: 2 }, 89_280],
    // Retries beyond two per ping repeat other asynchronous events.
    [{ retries: 100_000, pings: 44_640, maxRetryAttempts: 2 }, 89_280],
    [{ retries: 10, pings: 44_640, maxRetryAttempts: 2 }, 10],
    // No schedule, or retries turned off: none.
    [{ retries: 500, pings: 0, maxRetryAttempts: 2 }, 0],
    [{ retries: 500, pings: 100, maxRetryAttempts: 0 }, 0],
    [{ retries: 0, pings: 100, maxRetryAttempts: 2 }, 0],
  ])('%o → %i', (input, expected) => {
    expect(retriedPings(input)).toBe(expected)
  })

  it('says what they are and where they count', () => {
    expect(RETRIED_PINGS_RULE).toBe(
      'Retried pings (keep-warm pings that failed and were retried) are keep-warm traffic: counted in the pings, their cost, the keep-warm share, the budget’s actual and the Keep-warm part of a change, never as Retries.',
    )
  })
})
