import { toDecimal, type Decimal } from '../money'
import { formatPrice, formatQuantity } from './format-formula'
import { costResult, lineItem } from './line-item'
import { regionInstancePrices } from './rate-plan'
import type { CostResult, LineItem } from './types'
import { weekdayScheduleHours } from './weekday-schedule-hours'

/** The de-facto calculator month (8,760 h / 12); AWS states no convention (aws-facts §5). */
export const DEFAULT_HOURS_PER_MONTH = 730

export type Ec2Schedule =
  | { kind: 'always_on'; hoursPerMonth?: number }
  | { kind: 'weekdays'; timeZone: string; from: string; to: string; holidays: string[]; month: string }

/**
 * The line of `hours` of an on-demand Linux instance in `region`; `derivation` says where the hours came from
 * (empty: no formula, for callers that only need amounts). Throws MissingRateError for an unpriced instance.
 */
export function instanceHoursLine(region: string, instanceType: string, hours: Decimal, derivation: string): LineItem {
  const hourly = regionInstancePrices(region).hourly(instanceType)
  return lineItem({
    label: `EC2 ${instanceType}`,
    meter: 'ec2_instance_hours',
    quantity: hours,
    unit: 'hours',
    unitPriceUsd: hourly,
    formula: derivation && `${derivation} = ${formatQuantity(hours)} h × ${formatPrice(hourly)} per hour`,
  })
}

/** On-demand Linux cost of one instance, always on or on a weekday schedule for a given month. */
export function ec2ScheduleCost(input: {
  region: string
  instanceType: string
  schedule: Ec2Schedule
}): CostResult & { hours: Decimal } {
  const { region, instanceType, schedule } = input
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
  return { ...costResult([instanceHoursLine(region, instanceType, hours, derivation)]), hours }
}
