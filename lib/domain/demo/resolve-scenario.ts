// Turns a scenario's relative dates into calendar days for a given "today", and a function's deploys into a
// configuration timeline.
import { type IsoDay, addDaysTo, addMonthsTo, firstDayOf, lastDayOf, monthOf } from '@/lib/domain/calendar'
import type { FunctionConfig } from '@/lib/domain/functions/function-config'
import type { FunctionConfigSpec, FunctionSpec, Incident, RelativeDay, Scenario } from './scenario-types'

export type ConfigPeriod = { from: IsoDay; config: FunctionConfig; durationFactor: number; cause: string | null }

export type ResolvedIncident = Incident & { fromDay: IsoDay; toDay: IsoDay }

export type ResolvedFunction = {
  key: string
  accountId: string
  spec: FunctionSpec
  createdDay: IsoDay
  configs: ConfigPeriod[]
  incidents: ResolvedIncident[]
}

export type Window = { firstDay: IsoDay; lastDay: IsoDay; hourlyFromDay: IsoDay; today: IsoDay; currentMonth: string }

export function dataWindow(scenario: Scenario, today: IsoDay): Window {
  const currentMonth = monthOf(today)
  const lastDay = addDaysTo(today, -1)
  return {
    firstDay: firstDayOf(addMonthsTo(currentMonth, -(scenario.months - 1))),
    lastDay,
    hourlyFromDay: addDaysTo(lastDay, -(scenario.hourlyDays - 1)),
    today,
    currentMonth,
  }
}

export function resolveDay(day: RelativeDay, today: IsoDay): IsoDay {
  if ('daysAgo' in day) return addDaysTo(today, -day.daysAgo)
  const month = addMonthsTo(monthOf(today), -day.monthsAgo)
  return day.day === 'last' ? lastDayOf(month) : addDaysTo(firstDayOf(month), day.day - 1)
}

export function functionKey(accountId: string, region: string, name: string): string {
  return `${accountId}/${region}/${name}`
}

export function withDefaults(config: FunctionConfigSpec): FunctionConfig {
  return {
    packageType: 'Zip',
    ephemeralStorageMb: 512,
    maxRetryAttempts: 2,
    maxEventAgeSeconds: 21_600,
    provisionedConcurrency: 0,
    reservedConcurrency: null,
    hasFailureDestination: false,
    ...config,
  }
}

export function resolveFunction(accountId: string, spec: FunctionSpec, window: Window): ResolvedFunction {
  const createdDay =
    spec.createdDaysAgo === undefined
      ? window.firstDay
      : maxDay(window.firstDay, addDaysTo(window.today, -spec.createdDaysAgo))
  const incidents: ResolvedIncident[] = (spec.incidents ?? []).map((incident) => {
    if (incident.kind === 'config_change') {
      const at = resolveDay(incident.at, window.today)
      return { ...incident, fromDay: at, toDay: at }
    }
    const fromDay = resolveDay(incident.from, window.today)
    const toDay = 'to' in incident ? resolveDay(incident.to, window.today) : window.lastDay
    return { ...incident, fromDay, toDay: minDay(toDay, window.lastDay) }
  })
  const configs: ConfigPeriod[] = [
    { from: createdDay, config: withDefaults(spec.config), durationFactor: 1, cause: null },
  ]
  for (const change of incidents
    .filter((incident) => incident.kind === 'config_change')
    .sort((a, b) => a.fromDay.localeCompare(b.fromDay))) {
    const previous = configs.at(-1)!
    configs.push({
      from: change.fromDay,
      config: { ...previous.config, ...change.set },
      durationFactor: previous.durationFactor * (change.durationFactor ?? 1),
      cause: change.cause,
    })
  }
  return { key: functionKey(accountId, spec.region, spec.name), accountId, spec, createdDay, configs, incidents }
}

export function configOn(fn: ResolvedFunction, day: IsoDay): ConfigPeriod {
  let current = fn.configs[0]!
  for (const period of fn.configs) if (period.from <= day) current = period
  return current
}

export function activeIncidents(fn: ResolvedFunction, day: IsoDay): ResolvedIncident[] {
  return fn.incidents.filter(
    (incident) => incident.kind !== 'config_change' && incident.fromDay <= day && day <= incident.toDay,
  )
}

function maxDay(a: IsoDay, b: IsoDay): IsoDay {
  return a > b ? a : b
}

function minDay(a: IsoDay, b: IsoDay): IsoDay {
  return a < b ? a : b
}
