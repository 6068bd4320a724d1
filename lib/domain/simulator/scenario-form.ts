import { SIMULATION_DEFAULTS } from './resolve-simulation-input'
import type { SimulationInput } from './simulation-input'
import { DEFAULT_SCENARIO } from './simulator-reference'
import { STRATEGY_ORDER, type StrategyName } from './types'

/** The simulator form as typed: text fields stay text until parsed, so a half-typed number is not lost. */
export type ScenarioForm = {
  region: string
  architecture: string
  memoryMb: string
  requestsPerDay: string
  avgDurationMs: string
  p99DurationMs: string
  initDurationMs: string
  idleLifetimeMinutes: string
  ephemeralStorageMb: string
  peakConcurrency: string
  days: string
  includeFreeTier: boolean
  /** 24 comma-separated weights, or '' for the same traffic every hour. */
  hourlyProfile: string
  strategies: Record<StrategyName, boolean>
  keepWarmIntervalMinutes: string
  keepWarmPingDurationMs: string
  keepWarmConcurrency: string
  provisionedConcurrency: string
  provisionedHoursPerDay: string
  ec2InstanceType: string
  ec2HoursPerMonth: string
}

export type FormField = Exclude<keyof ScenarioForm, 'strategies'>

const text = (value: number | undefined) => (value === undefined ? '' : String(value))

/** The form for an input; strategies it leaves out keep the default scenario's parameters, ready to switch on. */
export function formFromInput(input: SimulationInput): ScenarioForm {
  const defaults = DEFAULT_SCENARIO.strategies
  const { keep_warm: warm, provisioned_concurrency: provisioned, ec2 } = input.strategies
  return {
    region: input.region,
    architecture: input.architecture,
    memoryMb: text(input.memoryMb),
    requestsPerDay: text(input.requestsPerDay),
    avgDurationMs: text(input.avgDurationMs),
    p99DurationMs: text(input.p99DurationMs),
    initDurationMs: text(input.initDurationMs ?? SIMULATION_DEFAULTS.initDurationMs),
    idleLifetimeMinutes: text(input.idleLifetimeMinutes ?? SIMULATION_DEFAULTS.idleLifetimeMinutes),
    ephemeralStorageMb: text(input.ephemeralStorageMb ?? SIMULATION_DEFAULTS.ephemeralStorageMb),
    peakConcurrency: text(input.peakConcurrency),
    days: text(input.days ?? SIMULATION_DEFAULTS.days),
    includeFreeTier: input.includeFreeTier ?? SIMULATION_DEFAULTS.includeFreeTier,
    hourlyProfile: input.hourlyProfile?.join(',') ?? '',
    strategies: Object.fromEntries(STRATEGY_ORDER.map((key) => [key, input.strategies[key] !== undefined])) as Record<
      StrategyName,
      boolean
    >,
    keepWarmIntervalMinutes: text((warm ?? defaults.keep_warm!).intervalMinutes),
    keepWarmPingDurationMs: text((warm ?? defaults.keep_warm!).pingDurationMs),
    keepWarmConcurrency: text((warm ?? defaults.keep_warm!).concurrency),
    provisionedConcurrency: text(provisioned?.concurrency ?? defaults.provisioned_concurrency!.concurrency),
    provisionedHoursPerDay: text(provisioned?.hoursPerDay ?? SIMULATION_DEFAULTS.provisionedHoursPerDay),
    ec2InstanceType: (ec2 ?? defaults.ec2!).instanceType,
    ec2HoursPerMonth: text(ec2?.hoursPerMonth ?? SIMULATION_DEFAULTS.ec2HoursPerMonth),
  }
}

/** '' stays absent (the schema names a missing required field); anything else must read as a number. */
function numberOrAbsent(value: string): number | undefined {
  const trimmed = value.trim()
  return trimmed === '' ? undefined : Number(trimmed)
}

/** The form as a simulator input, unvalidated: parse it with simulationInputSchema. */
export function formToInput(form: ScenarioForm): unknown {
  const on = form.strategies
  return {
    region: form.region,
    architecture: form.architecture,
    memoryMb: numberOrAbsent(form.memoryMb),
    requestsPerDay: numberOrAbsent(form.requestsPerDay),
    avgDurationMs: numberOrAbsent(form.avgDurationMs),
    p99DurationMs: numberOrAbsent(form.p99DurationMs),
    initDurationMs: numberOrAbsent(form.initDurationMs),
    idleLifetimeMinutes: numberOrAbsent(form.idleLifetimeMinutes),
    ephemeralStorageMb: numberOrAbsent(form.ephemeralStorageMb),
    peakConcurrency: numberOrAbsent(form.peakConcurrency),
    days: numberOrAbsent(form.days),
    includeFreeTier: form.includeFreeTier,
    hourlyProfile:
      form.hourlyProfile.trim() === '' ? undefined : form.hourlyProfile.split(',').map((weight) => Number(weight)),
    strategies: {
      ...(on.on_demand ? { on_demand: {} } : {}),
      ...(on.keep_warm
        ? {
            keep_warm: {
              intervalMinutes: numberOrAbsent(form.keepWarmIntervalMinutes),
              pingDurationMs: numberOrAbsent(form.keepWarmPingDurationMs),
              concurrency: numberOrAbsent(form.keepWarmConcurrency),
            },
          }
        : {}),
      ...(on.provisioned_concurrency
        ? {
            provisioned_concurrency: {
              concurrency: numberOrAbsent(form.provisionedConcurrency),
              hoursPerDay: numberOrAbsent(form.provisionedHoursPerDay),
            },
          }
        : {}),
      ...(on.ec2
        ? { ec2: { instanceType: form.ec2InstanceType, hoursPerMonth: numberOrAbsent(form.ec2HoursPerMonth) } }
        : {}),
    },
  }
}

const ISSUE_FIELDS: Record<string, FormField | 'strategies'> = {
  'strategies.keep_warm.intervalMinutes': 'keepWarmIntervalMinutes',
  'strategies.keep_warm.pingDurationMs': 'keepWarmPingDurationMs',
  'strategies.keep_warm.concurrency': 'keepWarmConcurrency',
  'strategies.provisioned_concurrency.concurrency': 'provisionedConcurrency',
  'strategies.provisioned_concurrency.hoursPerDay': 'provisionedHoursPerDay',
  'strategies.provisioned_concurrency': 'provisionedConcurrency',
  'strategies.ec2.instanceType': 'ec2InstanceType',
  'strategies.ec2.hoursPerMonth': 'ec2HoursPerMonth',
  strategies: 'strategies',
}

/** The form field a validation issue belongs to (`hourlyProfile.3` → hourlyProfile). */
export function fieldOfIssue(path: readonly PropertyKey[]): FormField | 'strategies' {
  const joined = path.map(String).join('.')
  return ISSUE_FIELDS[joined] ?? (String(path[0] ?? 'strategies') as FormField)
}
