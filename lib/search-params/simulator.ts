// The Simulator routes' URLs: the page's `functionId` to prefill from, with the days to measure and whether days of
// open incidents count, the scenario on screen (every form field, so a link restores it whatever the defaults
// become), the workload API's window, and the picker's search (`GET /api/simulator/functions`).
// The scenario is read as typed text: lib/domain/simulator/scenario-form.ts turns it into an input that the
// simulator's schema then validates field by field, so a half-typed number in a link is shown, not dropped.
import { z } from 'zod'
import type { FormField, ScenarioForm } from '@/lib/domain/simulator/scenario-form'
import { STRATEGY_ORDER } from '@/lib/domain/simulator/types'
import { checkDayRange, idParam } from '@/lib/schemas/common'
import { functionSearchQuery, functionWorkloadQuery, workloadWindowFields } from '@/lib/schemas/simulator-query'
import { type RawSearchParams, defineSearchParams, searchParamsRecord } from './define-search-params'

export const simulatorPageSearch = defineSearchParams(
  z.object({ functionId: idParam.optional(), ...workloadWindowFields }).superRefine(checkDayRange()),
)
export const functionPickerSearch = defineSearchParams(functionSearchQuery)
/** `GET /api/functions/{id}/workload`: the days measured and whether days of open incidents count. */
export const functionWorkloadSearch = defineSearchParams(functionWorkloadQuery)

/** URL parameter of each field; `strategies` lists the enabled ones. */
const PARAMS: Record<FormField, string> = {
  region: 'region',
  architecture: 'architecture',
  memoryMb: 'memoryMb',
  requestsPerDay: 'requestsPerDay',
  avgDurationMs: 'avgDurationMs',
  p99DurationMs: 'p99DurationMs',
  initDurationMs: 'initDurationMs',
  idleLifetimeMinutes: 'idleLifetimeMinutes',
  ephemeralStorageMb: 'ephemeralStorageMb',
  peakConcurrency: 'peakConcurrency',
  days: 'days',
  includeFreeTier: 'freeTier',
  hourlyProfile: 'profile',
  keepWarmIntervalMinutes: 'pingEvery',
  keepWarmPingDurationMs: 'pingMs',
  keepWarmConcurrency: 'warm',
  provisionedConcurrency: 'provisioned',
  provisionedHoursPerDay: 'provisionedHours',
  ec2InstanceType: 'instance',
  ec2HoursPerMonth: 'instanceHours',
}

/** Where a prefilled scenario was measured: the function, the days, and whether days of open incidents count. */
export type WorkloadSourceParams = {
  functionId?: number
  from?: string
  to?: string
  anomalyDays?: 'exclude' | 'include'
}

export const scenarioLink = {
  /**
   * `?functionId=…&region=…`: where it was measured, and every field, empty ones too (an emptied field stays empty
   * when the link is opened).
   */
  search(form: ScenarioForm, source: WorkloadSourceParams = {}): string {
    const params = new URLSearchParams()
    if (source.functionId !== undefined) params.set('functionId', String(source.functionId))
    if (source.from !== undefined) params.set('from', source.from)
    if (source.to !== undefined) params.set('to', source.to)
    // Leaving them out is the default, so only the exception is spelled.
    if (source.anomalyDays === 'include') params.set('anomalyDays', 'include')
    for (const [field, name] of Object.entries(PARAMS) as [FormField, string][]) {
      const value = form[field]
      params.set(name, typeof value === 'boolean' ? String(value) : value)
    }
    params.set('strategies', STRATEGY_ORDER.filter((key) => form.strategies[key]).join(','))
    return `?${params}`
  },

  /** `base` with every field the URL carries (the first value of a repeated one); unknown strategy names are ignored. */
  read(source: RawSearchParams, base: ScenarioForm): ScenarioForm {
    const record = searchParamsRecord(source)
    const first = (name: string) => [record[name]].flat()[0]
    const form: ScenarioForm = { ...base, strategies: { ...base.strategies } }
    for (const [field, name] of Object.entries(PARAMS) as [FormField, string][]) {
      const value = first(name)
      if (value === undefined) continue
      if (field === 'includeFreeTier') form.includeFreeTier = value === 'true'
      else form[field] = value
    }
    const strategies = first('strategies')
    if (strategies !== undefined) {
      const named = new Set(strategies.split(','))
      for (const key of STRATEGY_ORDER) form.strategies[key] = named.has(key)
    }
    return form
  },
}
