import { describe, expect, it } from 'vitest'
import { emptyMetrics } from '@/lib/domain/metrics'
import { toDecimal } from '@/lib/domain/money'
import type { Episode } from './episodes'
import { costOfExtraErrors, describeErrorSpike, describeThrottleSpike, errorSpike, throttleSpike } from './rate-spikes'
import type { Bucket } from '@/lib/domain/functions/timeline'

function bucket(
  counts: { invocations: number; errors?: number; throttles?: number },
  hourly = false,
  costUsd = '0',
): Bucket {
  return {
    start: hourly ? '2026-11-16T17:00:00.000Z' : '2026-11-16T00:00:00.000Z',
    end: hourly ? '2026-11-16T18:00:00.000Z' : '2026-11-17T00:00:00.000Z',
    day: '2026-11-16',
    hourOfDay: hourly ? 17 : null,
    seconds: hourly ? 3600 : 86_400,
    metrics: {
      ...emptyMetrics(),
      invocations: counts.invocations,
      errors: counts.errors ?? 0,
      throttles: counts.throttles ?? 0,
    },
    config: null,
    costUsd: toDecimal(costUsd),
  }
}

describe('errorSpike guards', () => {
  it.each([
    // A count too small to matter: at least 20 errors in a day, 10 in an hour, whatever the rate.
    ['19 of 100 in a day', bucket({ invocations: 100, errors: 19 }), 0, false],
    ['20 of 100 in a day', bucket({ invocations: 100, errors: 20 }), 0, true],
    ['9 of 100 in an hour', bucket({ invocations: 100, errors: 9 }, true), 0, false],
    ['10 of 100 in an hour', bucket({ invocations: 100, errors: 10 }, true), 0, true],
    // Five times the usual rate: 1% usual, 4.99% is not a spike, 5% is.
    ['499 of 10,000 at a usual 1%', bucket({ invocations: 10_000, errors: 499 }), 0.01, false],
    ['500 of 10,000 at a usual 1%', bucket({ invocations: 10_000, errors: 500 }), 0.01, true],
    // And two points above it: at a usual 0.1%, 2.09% is not a spike, 2.1% is.
    ['209 of 10,000 at a usual 0.1%', bucket({ invocations: 10_000, errors: 209 }), 0.001, false],
    ['210 of 10,000 at a usual 0.1%', bucket({ invocations: 10_000, errors: 210 }), 0.001, true],
    // Significant as a count: 2 errors expected in the hour, 10 is 5× but within 2 + 5 × √2 + 3 = 12.07 of chance.
    ['10 of 100 in an hour at a usual 2%', bucket({ invocations: 100, errors: 10 }, true), 0.02, false],
    ['13 of 100 in an hour at a usual 2%', bucket({ invocations: 100, errors: 13 }, true), 0.02, true],
    ['no invocations', bucket({ invocations: 0, errors: 50 }), 0, false],
  ])('%s: spike %s', (_label, input, baselineRate, expected) => {
    expect(errorSpike(input, baselineRate) !== null).toBe(expected)
  })

  it('returns the counts behind the spike', () => {
    expect(errorSpike(bucket({ invocations: 10_000, errors: 500 }), 0.01)).toEqual({
      errors: 500,
      invocations: 10_000,
      expectedErrors: 100,
      baselineRate: 0.01,
    })
  })
})

describe('throttleSpike guards', () => {
  it.each([
    ['19 of 119 requests in a day', bucket({ invocations: 100, throttles: 19 }), 0, false],
    ['20 of 120 requests in a day', bucket({ invocations: 100, throttles: 20 }), 0, true],
    ['9 of 109 requests in an hour', bucket({ invocations: 100, throttles: 9 }, true), 0, false],
    ['10 of 110 requests in an hour', bucket({ invocations: 100, throttles: 10 }, true), 0, true],
    // Five times a usual 1%: 499 of 10,000 requests is not a spike, 500 is.
    ['499 of 10,000 at a usual 1%', bucket({ invocations: 9501, throttles: 499 }), 0.01, false],
    ['500 of 10,000 at a usual 1%', bucket({ invocations: 9500, throttles: 500 }), 0.01, true],
    // One point above a usual 0.1%: 109 of 10,000 is not a spike, 110 is.
    ['109 of 10,000 at a usual 0.1%', bucket({ invocations: 9891, throttles: 109 }), 0.001, false],
    ['110 of 10,000 at a usual 0.1%', bucket({ invocations: 9890, throttles: 110 }), 0.001, true],
    ['nothing requested', bucket({ invocations: 0 }), 0, false],
    // Every request refused still counts: the requests are the throttles.
    ['all 30 refused', bucket({ invocations: 0, throttles: 30 }), 0, true],
  ])('%s: spike %s', (_label, input, baselineShare, expected) => {
    expect(throttleSpike(input, baselineShare) !== null).toBe(expected)
  })

  it('returns the counts behind the spike', () => {
    expect(throttleSpike(bucket({ invocations: 9500, throttles: 500 }), 0.01)).toEqual({
      throttles: 500,
      requests: 10_000,
      expectedThrottles: 100,
      baselineRate: 0.01,
    })
  })
})

describe('costOfExtraErrors', () => {
  it('prices the errors beyond the usual rate at the bucket’s cost per invocation', () => {
    // $10 for 1,000 invocations is $0.01 each; 300 errors where 100 were expected: 200 × $0.01.
    expect(
      costOfExtraErrors(bucket({ invocations: 1000, errors: 300 }, false, '10'), {
        errors: 300,
        expectedErrors: 100,
      }).toFixed(),
    ).toBe('2')
    expect(
      costOfExtraErrors(bucket({ invocations: 1000, errors: 50 }, false, '10'), {
        errors: 50,
        expectedErrors: 100,
      }).toFixed(),
    ).toBe('0')
    expect(costOfExtraErrors(bucket({ invocations: 0 }, false, '10'), { errors: 5, expectedErrors: 0 }).toFixed()).toBe(
      '0',
    )
  })
})

const episode = (facts: Record<string, number>): Episode => ({
  kind: 'error_spike',
  start: '2026-09-14T00:00:00.000Z',
  end: '2026-09-16T00:00:00.000Z',
  firstDay: '2026-09-14',
  lastDay: '2026-09-15',
  flags: 2,
  hourly: false,
  actualUsd: toDecimal(0),
  expectedUsd: toDecimal(0),
  facts,
})

describe('describeErrorSpike', () => {
  const facts = { errors: 3000, invocations: 10_000, expectedErrors: 20, baselineRate: 0.002 }

  it('says how many failed, against what rate, and what the extra failures cost', () => {
    const described = describeErrorSpike('webhook-receiver', episode(facts), toDecimal('12.5'))
    expect(described.explanation).toBe(
      'webhook-receiver: 3,000 of 10,000 invocations failed from 14 Sep to 15 Sep 2026 (30.0%, against a usual 0.20%); the failed invocations beyond the usual rate cost $12.50.',
    )
    expect(described.evidence).toEqual({
      errors: 3000,
      invocations: 10_000,
      errorRatePct: 30,
      usualErrorRatePct: 0.2,
      expectedErrors: 20,
    })
  })

  it('is as severe as what the failures cost; a large share failed makes it medium at most', () => {
    expect(describeErrorSpike('f', episode(facts), toDecimal('0.01')).severity).toBe('medium')
    expect(describeErrorSpike('f', episode(facts), toDecimal('99.99')).severity).toBe('high')
    expect(describeErrorSpike('f', episode(facts), toDecimal('100')).severity).toBe('critical')
    expect(describeErrorSpike('f', episode({ ...facts, errors: 400 }), toDecimal('1')).severity).toBe('low')
  })
})

describe('describeThrottleSpike', () => {
  const facts = { throttles: 600, requests: 1000, expectedThrottles: 1, baselineRate: 0.001 }

  it('names the limit hit, and that refused requests cost nothing', () => {
    const described = describeThrottleSpike('cognito-trigger', episode(facts), 20)
    expect(described.explanation).toBe(
      'cognito-trigger: 600 of 1,000 requests were throttled from 14 Sep to 15 Sep 2026 (60.0%, against a usual 0.10%) at its reserved concurrency of 20; throttled requests are refused and not billed, so they cost nothing but were not served.',
    )
    // Refused requests cost nothing: however large their share, medium at most.
    expect(described.severity).toBe('medium')
    expect(described.evidence).toEqual({
      throttles: 600,
      requests: 1000,
      throttledPct: 60,
      usualThrottledPct: 0.1,
      reservedConcurrency: 20,
    })
    expect(describeThrottleSpike('f', episode(facts), null).explanation).toContain('at the concurrency limit;')
  })
})
