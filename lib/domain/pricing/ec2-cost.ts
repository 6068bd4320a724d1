import { toDecimal, type Decimal } from '../money'
import { formatPrice, formatQuantity } from './format-formula'
import { costResult, lineItem } from './line-item'
import { ec2HourlyRate } from './rate-card'
import type { CostResult } from './types'
import { weekdayScheduleHours } from './weekday-schedule-hours'

/** The de-facto calculator month (8,760 h / 12); AWS states no convention (aws-facts §5). */
export const DEFAULT_HOURS_PER_MONTH = 730

export type Ec2Schedule =
  | { kind: 'always_on'; hoursPerMonth?: number }
  | { kind: 'weekdays'; timeZone: string; from: string; to: string; holidays: string[]; month: string }

/** On-demand Linux cost of one instance, always on or on a weekday schedule for a given month. */
export function ec2ScheduleCost(input: { region: string; instanceType: string; schedule: Ec2Schedule }): CostResult & { hours: Decimal } {
  const { region, instanceType, schedule } = input
  const hourly = ec2HourlyRate(region, instanceType)
  let hours: Decimal
  let derivation: string
  if (schedule.kind === 'always_on') {
    const perMonth = schedule.hoursPerMonth ?? DEFAULT_HOURS_PER_MONTH
    if (!(perMonth >= 0)) throw new RangeError(`hoursPerMonth must not be negative, got ${perMonth}`)
    hours = toDecimal(perMonth)
    derivation = 'always on'
  } else {
    const weekdays = weekdayScheduleHours(schedule)
    hours = weekdays.hours
    derivation = `${weekdays.days} weekdays in ${schedule.month} without holidays × ${schedule.from} to ${schedule.to} ${schedule.timeZone}`
  }
  const item = lineItem({
    label: `EC2 ${instanceType}`,
    meter: 'ec2_instance_hours',
    quantity: hours,
    unit: 'hours',
    unitPriceUsd: hourly,
    formula: `${derivation} = ${formatQuantity(hours)} h × ${formatPrice(hourly)} per hour`,
  })
  return { ...costResult([item]), hours }
}
