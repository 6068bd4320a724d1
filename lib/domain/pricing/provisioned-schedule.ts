import { toDecimal, type Decimal } from '../money'

export type WeeklyLevel = { days: number[] /* 0=Sun..6 */; fromHour: number; toHour: number; concurrency: number }

export type ProvisionedSchedule =
  | { kind: 'fixed'; concurrency: number; hoursPerDay: number }
  | { kind: 'weekly'; levels: WeeklyLevel[]; baseline: number }

// The message is built only on failure: schedules are checked on every simulation, thousands at a time.
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new RangeError(message())
}

/**
 * Provisioned level for each weekday (0=Sun) and hour: the highest level whose days and [fromHour, toHour)
 * cover it (scheduled scaling actions may overlap; the larger target wins), else the baseline.
 */
export function weeklyLevelGrid(schedule: Extract<ProvisionedSchedule, { kind: 'weekly' }>): number[][] {
  check(
    Number.isInteger(schedule.baseline) && schedule.baseline >= 0,
    () => `baseline must be a whole number ≥ 0, got ${schedule.baseline}`,
  )
  const grid = Array.from({ length: 7 }, () => Array<number>(24).fill(schedule.baseline))
  for (const level of schedule.levels) {
    check(
      Number.isInteger(level.concurrency) && level.concurrency >= 0,
      () => `levels[].concurrency must be a whole number ≥ 0, got ${level.concurrency}`,
    )
    check(
      Number.isInteger(level.fromHour) &&
        Number.isInteger(level.toHour) &&
        level.fromHour >= 0 &&
        level.fromHour < level.toHour &&
        level.toHour <= 24,
      () => `levels[] hours must satisfy 0 ≤ fromHour < toHour ≤ 24, got ${level.fromHour}-${level.toHour}`,
    )
    for (const day of level.days) {
      check(Number.isInteger(day) && day >= 0 && day <= 6, () => `levels[].days must be 0 (Sunday) to 6, got ${day}`)
      for (let hour = level.fromHour; hour < level.toHour; hour++)
        grid[day]![hour] = Math.max(grid[day]![hour]!, level.concurrency)
    }
  }
  return grid
}

/** Environment-hours provisioned over `days`; a weekly schedule counts as an average week (days / 7 weeks). */
export function provisionedConcurrencyHours(
  schedule: ProvisionedSchedule,
  days: number,
): { hours: Decimal; description: string } {
  check(Number.isFinite(days) && days >= 0, () => `days must not be negative, got ${days}`)
  if (schedule.kind === 'fixed') {
    check(
      Number.isInteger(schedule.concurrency) && schedule.concurrency >= 0,
      () => `concurrency must be a whole number ≥ 0, got ${schedule.concurrency}`,
    )
    check(
      schedule.hoursPerDay >= 0 && schedule.hoursPerDay <= 24,
      () => `hoursPerDay must be between 0 and 24, got ${schedule.hoursPerDay}`,
    )
    return {
      hours: toDecimal(schedule.concurrency).times(schedule.hoursPerDay).times(days),
      description: `${schedule.concurrency} environments × ${schedule.hoursPerDay} h a day × ${days} days`,
    }
  }
  let weekly = 0
  for (const day of weeklyLevelGrid(schedule)) for (const level of day) weekly += level
  return {
    hours: toDecimal(weekly).times(days).div(7),
    description: `${weekly} environment-hours a week × ${days} / 7 weeks`,
  }
}
