import { describe, expect, it } from 'vitest'
import { toDecimal } from '@/lib/domain/money'
import { lintConfig } from './config-risk'
import type { HistoryConfig } from '@/lib/domain/functions/function-history'

const config: HistoryConfig = {
  validFrom: '2026-01-01T00:00:00.000Z',
  memoryMb: 1024,
  architecture: 'x86_64',
  timeoutSeconds: 900,
  maxRetryAttempts: 2,
  hasFailureDestination: false,
  provisionedConcurrency: 0,
  reservedConcurrency: null,
  ephemeralStorageMb: 512,
  packageType: 'Zip',
}
// Every 5 minutes for 30 days.
const schedule = { eventsPerMonth: 8640, label: 'every 5 min × 1' }
const lint = (overrides: Partial<HistoryConfig>, p99Ms: number | null = 800_000, recentMonthlyUsd = '0') =>
  lintConfig({
    name: 'sync-job',
    region: 'us-east-1',
    config: { ...config, ...overrides },
    schedule,
    p99Ms,
    recentMonthlyUsd: toDecimal(recentMonthlyUsd),
  })

describe('lintConfig: retries without a place for failures', () => {
  it('flags retries with neither a dead-letter queue nor an on-failure destination', () => {
    expect(lint({})!.problems).toEqual(['MaximumRetryAttempts = 2 with no dead-letter queue or on-failure destination'])
    expect(lint({ maxRetryAttempts: 1 })!.problems).toEqual([
      'MaximumRetryAttempts = 1 with no dead-letter queue or on-failure destination',
    ])
  })

  it('says nothing when failures go to a destination, or are not retried', () => {
    expect(lint({ hasFailureDestination: true })).toBeNull()
    expect(lint({ maxRetryAttempts: 0 })).toBeNull()
  })
})

describe('lintConfig: a timeout far above what the function needs', () => {
  it.each([
    // At least a minute and ten times the highest p99.
    [60, 6000, ['a 1.0 min timeout for a p99 of 6.0 s']],
    [60, 6001, []],
    [59, 1000, []],
    [900, null, []],
    [900, 0, []],
  ])('timeout %s s, p99 %s ms: %j', (timeoutSeconds, p99Ms, problems) => {
    const finding = lint({ timeoutSeconds, hasFailureDestination: true }, p99Ms)
    expect(finding?.problems ?? []).toEqual(problems)
  })
})

describe('lintConfig: the worst case, priced', () => {
  it('prices every scheduled event failing at the timeout with every retry, at list price', () => {
    const finding = lint({}, 1000, '12.3')!
    // 8,640 events × 3 attempts = 25,920 attempts × 900 s × 1 GB = 23,328,000 GB-s × $0.0000166667 = $388.8007776,
    // plus 25,920 requests × $0.0000002 = $0.005184.
    expect(finding.worstCaseMonthlyUsd.toFixed()).toBe('388.8059616')
    expect(finding.formula).toBe(
      '8,640 scheduled events a month × 3 attempts × 900 s timeout × 1 GB = 23,328,000 GB-s, plus 25,920 requests = $388.81',
    )
    expect(finding.exposureUsd.toFixed()).toBe('376.5059616')
    expect(finding.explanation).toBe(
      'sync-job runs on a schedule (every 5 min × 1) with MaximumRetryAttempts = 2 with no dead-letter queue or on-failure destination and a 15 min timeout for a p99 of 1.0 s: ' +
        'if every scheduled call failed at the timeout, it would bill 25,920 attempts a month for $388.81, against $12.30 over the last 30 days.',
    )
  })

  it('never reports a negative exposure when the function already costs more than the bound', () => {
    expect(lint({}, null, '1000')!.exposureUsd.toFixed()).toBe('0')
  })

  it.each([
    // Exposure = $388.8059616 worst case − the last 30 days: $50 a month is medium, just below it low.
    [1024, '338.8059616', 'medium'],
    [1024, '338.8059617', 'low'],
    // 10 GB: 233,280,000 GB-s × $0.0000166667 + $0.005184 = $3,888.01296. $500 at risk is still medium: a risk
    // has cost nothing yet.
    [10_240, '3388.01296', 'medium'],
    [10_240, '3388.01297', 'medium'],
  ])('%s MB, $%s over the last 30 days: %s', (memoryMb, recent, severity) => {
    expect(lint({ memoryMb }, null, recent)!.severity).toBe(severity)
  })
})
