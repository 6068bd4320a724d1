import { describe, expect, it } from 'vitest'
import { detectSchedule, type ScheduleHour } from './detect-schedule'

const hours = (count: number, make: (hour: number) => ScheduleHour): ScheduleHour[] =>
  Array.from({ length: count }, (_, hour) => make(hour))

describe('detectSchedule', () => {
  it('finds a 4-minute ping under business-hours traffic from the async events', () => {
    const schedule = detectSchedule(
      hours(24 * 14, (h) => ({
        invocations: 15 + (h % 24 > 8 ? 40 : 1),
        asyncEventsReceived: 15,
        concurrentExecutionsMax: 2,
      })),
    )
    expect(schedule).toMatchObject({ intervalMinutes: 4, concurrency: 1, pingsPerHour: 15, source: 'async_events' })
  })

  it('tells a fan-out of 10 every 4 minutes from 5 every 2 minutes by the environments seen at once, when pings are all the traffic', () => {
    const schedule = detectSchedule(
      hours(24 * 7, () => ({ invocations: 150, asyncEventsReceived: 150, concurrentExecutionsMax: 10 })),
    )
    expect(schedule).toMatchObject({ intervalMinutes: 4, concurrency: 10 })
    const mixed = detectSchedule(
      hours(24 * 7, (h) => ({
        invocations: 150 + (h % 24) * 20,
        asyncEventsReceived: 150,
        concurrentExecutionsMax: 10,
      })),
    )
    expect(mixed).toMatchObject({ intervalMinutes: 2, concurrency: 5, pingsPerHour: 150 })
  })

  it('reads a pings-only function from invocations when no async metric is collected', () => {
    const schedule = detectSchedule(
      hours(24 * 7, () => ({ invocations: 60, asyncEventsReceived: 0, concurrentExecutionsMax: 1 })),
    )
    expect(schedule).toMatchObject({ intervalMinutes: 1, concurrency: 1, source: 'invocations' })
  })

  it('does not mistake steady Poisson traffic, a daily batch or too little history for a schedule', () => {
    let seed = 7
    const noisy = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 300
    expect(
      detectSchedule(
        hours(24 * 14, () => ({
          invocations: Math.round(6000 + noisy()),
          asyncEventsReceived: 0,
          concurrentExecutionsMax: 3,
        })),
      ),
    ).toBeNull()
    expect(
      detectSchedule(
        hours(24 * 14, (h) => ({
          invocations: h % 24 === 17 ? 24 : 0,
          asyncEventsReceived: h % 24 === 17 ? 24 : 0,
          concurrentExecutionsMax: 24,
        })),
      ),
    ).toBeNull()
    expect(
      detectSchedule(hours(48, () => ({ invocations: 60, asyncEventsReceived: 60, concurrentExecutionsMax: 1 }))),
    ).toBeNull()
  })
})
