import { describe, expect, it } from 'vitest'
import { roundToCents } from '../money'
import { keepWarmCost, keepWarmPings } from './keep-warm-cost'

describe('keepWarmCost', () => {
  it('mission story 1: one 10 s ping a minute at 2,048 MB on arm64 for 30 days is $11.52 duration and $0.01 requests', () => {
    const result = keepWarmCost({
      region: 'us-east-1',
      architecture: 'arm64',
      memoryMb: 2048,
      intervalMinutes: 1,
      concurrency: 1,
      pingDurationMs: 10_000,
      days: 30,
    })
    const [requests, duration] = result.lineItems
    expect(result.pingsPerPeriod.toFixed()).toBe('43200')
    expect(duration!.quantity.toFixed()).toBe('864000')
    expect(duration!.formula).toBe('43,200 pings × 10 s × 2 GB = 864,000 GB-s × $0.0000133334')
    expect(roundToCents(duration!.costUsd).toFixed(2)).toBe('11.52')
    expect(requests!.costUsd.toFixed()).toBe('0.00864')
    expect(roundToCents(requests!.costUsd).toFixed(2)).toBe('0.01')
    expect(requests!.formula).toBe(
      '43,200 runs (every 1 min for 30 days) × 1 concurrent = 43,200 pings = 43,200 requests × $0.0000002',
    )
    expect(result.totalUsd.toFixed()).toBe('11.5286976')
  })

  it('the budget of "about $1.2" in story 1 needs pings of about 1 s, not 10 s', () => {
    const oneSecond = keepWarmCost({
      region: 'us-east-1',
      architecture: 'arm64',
      memoryMb: 2048,
      intervalMinutes: 1,
      concurrency: 1,
      pingDurationMs: 1040,
      days: 30,
    })
    expect(roundToCents(oneSecond.totalUsd).toFixed(2)).toBe('1.21')
  })

  it('bills each ping rounded up to the ms: a 1.317 ms ping bills 2 ms', () => {
    // 43,200 pings × 0.002 s × 1 GB = 86.4 GB-s × $0.0000166667 = $0.00144000288; requests 43,200 × $0.0000002.
    const result = keepWarmCost({
      region: 'us-east-1',
      architecture: 'x86_64',
      memoryMb: 1024,
      intervalMinutes: 1,
      concurrency: 1,
      pingDurationMs: 1.317,
      days: 30,
    })
    const duration = result.lineItems[1]!
    expect(duration.quantity.toFixed()).toBe('86.4')
    expect(duration.costUsd.toFixed()).toBe('0.00144000288')
    expect(duration.formula).toBe(
      '43,200 pings × 0.002 s (1.317 ms rounded up to the ms) × 1 GB = 86.4 GB-s × $0.0000166667',
    )
    expect(result.totalUsd.toFixed()).toBe('0.01008000288')
  })

  it.each([
    [1, 1, 30, 43_200],
    [4, 20, 30, 216_000],
    [5, 1, 31, 8928],
    [7, 1, 30, 6171],
    [60, 3, 0.5, 36],
  ])('every %s min × %s concurrent for %s days is %s pings', (intervalMinutes, concurrency, days, pings) => {
    expect(keepWarmPings({ intervalMinutes, concurrency, days }).pings).toBe(pings)
  })

  it('rejects a zero interval and negative durations by name', () => {
    expect(() => keepWarmPings({ intervalMinutes: 0, concurrency: 1, days: 30 })).toThrow(
      'intervalMinutes must be a positive number',
    )
    expect(() =>
      keepWarmCost({
        region: 'us-east-1',
        architecture: 'arm64',
        memoryMb: 128,
        intervalMinutes: 5,
        concurrency: 1,
        pingDurationMs: -1,
        days: 30,
      }),
    ).toThrow('pingDurationMs must not be negative')
  })
})
