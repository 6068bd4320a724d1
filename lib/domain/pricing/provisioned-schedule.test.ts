import { describe, expect, it } from 'vitest'
import { provisionedConcurrencyHours, weeklyLevelGrid } from './provisioned-schedule'

describe('provisioned concurrency schedules', () => {
  it('counts a weekly schedule as an average week: 10 on weekdays 09-18, 2 otherwise', () => {
    const schedule = {
      kind: 'weekly' as const,
      levels: [{ days: [1, 2, 3, 4, 5], fromHour: 9, toHour: 18, concurrency: 10 }],
      baseline: 2,
    }
    // A week: 5 days × 9 h × 10 + (168 − 45) h × 2 = 450 + 246 = 696 environment-hours.
    expect(provisionedConcurrencyHours(schedule, 7).hours.toFixed()).toBe('696')
    expect(provisionedConcurrencyHours(schedule, 30).hours.toFixed(4)).toBe('2982.8571')
    expect(provisionedConcurrencyHours(schedule, 7).description).toBe('696 environment-hours a week × 7 / 7 weeks')
  })

  it('lets overlapping levels take the larger target', () => {
    const grid = weeklyLevelGrid({
      kind: 'weekly',
      levels: [
        { days: [1], fromHour: 8, toHour: 12, concurrency: 3 },
        { days: [1], fromHour: 10, toHour: 14, concurrency: 5 },
      ],
      baseline: 0,
    })
    expect(grid[1]!.slice(8, 14)).toEqual([3, 3, 5, 5, 5, 5])
    expect(grid[0]!.every((level) => level === 0)).toBe(true)
  })

  it.each([
    [{ kind: 'fixed' as const, concurrency: 1, hoursPerDay: 25 }, 'hoursPerDay must be between 0 and 24'],
    [{ kind: 'fixed' as const, concurrency: 1.5, hoursPerDay: 1 }, 'concurrency must be a whole number'],
    [
      { kind: 'weekly' as const, levels: [{ days: [7], fromHour: 0, toHour: 1, concurrency: 1 }], baseline: 0 },
      'levels[].days must be 0 (Sunday) to 6',
    ],
    [
      { kind: 'weekly' as const, levels: [{ days: [1], fromHour: 18, toHour: 9, concurrency: 1 }], baseline: 0 },
      'fromHour < toHour',
    ],
  ])('rejects an invalid schedule %#', (schedule, message) => {
    expect(() => provisionedConcurrencyHours(schedule, 30)).toThrow(message)
  })
})
