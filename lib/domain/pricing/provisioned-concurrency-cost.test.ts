import { describe, expect, it } from 'vitest'
import { roundToCents } from '../money'
import { provisionedConcurrencyCost } from './provisioned-concurrency-cost'
import { provisionedConcurrencyHours, weeklyLevelGrid } from './provisioned-schedule'

describe('provisionedConcurrencyCost', () => {
  it('reproduces AWS example pc-2: 7 × 4 GB for 24 h plus 2M requests of 280 ms', () => {
    const { lineItems, totalUsd } = provisionedConcurrencyCost({ region: 'us-east-1', architecture: 'x86_64', memoryMb: 4096, schedule: { kind: 'fixed', concurrency: 7, hoursPerDay: 24 }, days: 1, requests: 2_000_000, avgDurationMs: 280 })
    expect(lineItems.map((item) => [item.meter, roundToCents(item.costUsd).toFixed(2)])).toEqual([
      ['request', '0.40'],
      ['provisioned_concurrency', '10.08'],
      ['provisioned_duration', '21.78'],
    ])
    expect(lineItems[1]!.formula).toBe('7 environments × 24 h a day × 1 days = 168 h × 3,600 s × 4 GB = 2,419,200 GB-s × $0.0000041667')
    expect(roundToCents(totalUsd).toFixed(2)).toBe('32.26')
  })

  it('mission story 2: one 512 MB environment all month is about $5.40', () => {
    const { totalUsd } = provisionedConcurrencyCost({ region: 'us-east-1', architecture: 'x86_64', memoryMb: 512, schedule: { kind: 'fixed', concurrency: 1, hoursPerDay: 24 }, days: 30 })
    expect(totalUsd.toFixed()).toBe('5.4000432')
  })

  it('prices a weekly schedule as an average week: 10 on weekdays 09-18, 2 otherwise', () => {
    const schedule = { kind: 'weekly' as const, levels: [{ days: [1, 2, 3, 4, 5], fromHour: 9, toHour: 18, concurrency: 10 }], baseline: 2 }
    // A week: 5 days × 9 h × 10 + (168 − 45) h × 2 = 450 + 246 = 696 environment-hours.
    expect(provisionedConcurrencyHours(schedule, 7).hours.toFixed()).toBe('696')
    expect(provisionedConcurrencyHours(schedule, 30).hours.toFixed(4)).toBe('2982.8571')
    const { lineItems } = provisionedConcurrencyCost({ region: 'ap-northeast-2', architecture: 'x86_64', memoryMb: 1024, schedule, days: 7 })
    expect(lineItems[1]!.formula).toBe('696 environment-hours a week × 7 / 7 weeks = 696 h × 3,600 s × 1 GB = 2,505,600 GB-s × $0.0000051254')
  })

  it('lets overlapping levels take the larger target', () => {
    const grid = weeklyLevelGrid({ kind: 'weekly', levels: [{ days: [1], fromHour: 8, toHour: 12, concurrency: 3 }, { days: [1], fromHour: 10, toHour: 14, concurrency: 5 }], baseline: 0 })
    expect(grid[1]!.slice(8, 14)).toEqual([3, 3, 5, 5, 5, 5])
    expect(grid[0]!.every((level) => level === 0)).toBe(true)
  })

  it.each([
    [{ kind: 'fixed' as const, concurrency: 1, hoursPerDay: 25 }, 'hoursPerDay must be between 0 and 24'],
    [{ kind: 'fixed' as const, concurrency: 1.5, hoursPerDay: 1 }, 'concurrency must be a whole number'],
    [{ kind: 'weekly' as const, levels: [{ days: [7], fromHour: 0, toHour: 1, concurrency: 1 }], baseline: 0 }, 'levels[].days must be 0 (Sunday) to 6'],
    [{ kind: 'weekly' as const, levels: [{ days: [1], fromHour: 18, toHour: 9, concurrency: 1 }], baseline: 0 }, 'fromHour < toHour'],
  ])('rejects an invalid schedule %#', (schedule, message) => {
    expect(() => provisionedConcurrencyHours(schedule, 30)).toThrow(message)
  })
})
