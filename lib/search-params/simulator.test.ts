import { describe, expect, it } from 'vitest'
import { formFromInput, formToInput } from '@/lib/domain/simulator/scenario-form'
import type { SimulationInput } from '@/lib/domain/simulator/simulation-input'
import { DEFAULT_SCENARIO } from '@/lib/domain/simulator/simulator-reference'
import { scenarioLink } from './simulator'

// A scenario unlike the default one in most fields, so restoring it over the default proves every field travels.
const measured: SimulationInput = {
  ...DEFAULT_SCENARIO,
  region: 'ap-northeast-2',
  architecture: 'arm64',
  memoryMb: 2048,
  p99DurationMs: 3500,
  hourlyProfile: Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour < 18 ? 10 : 1)),
  strategies: {
    on_demand: {},
    keep_warm: { intervalMinutes: 1, pingDurationMs: 10_000, concurrency: 1 },
    ec2: { instanceType: 't4g.small', hoursPerMonth: 365 },
  },
}

describe('the scenario link', () => {
  it('restores the whole scenario from its URL, over any other base', () => {
    const form = formFromInput(measured)
    const params = new URLSearchParams(
      scenarioLink.search(form, { functionId: 42, from: '2026-10-01', to: '2026-10-31', anomalyDays: 'include' }),
    )
    expect(params.get('functionId')).toBe('42')
    expect([params.get('from'), params.get('to'), params.get('anomalyDays')]).toEqual([
      '2026-10-01',
      '2026-10-31',
      'include',
    ])
    expect(
      new URLSearchParams(scenarioLink.search(form, { functionId: 42, anomalyDays: 'exclude' })).has('anomalyDays'),
    ).toBe(false)
    expect(params.get('strategies')).toBe('on_demand,keep_warm,ec2')
    expect(scenarioLink.read(params, formFromInput(DEFAULT_SCENARIO))).toEqual(form)
  })

  it('keeps the base for fields the URL leaves out, and switched-off strategies keep their parameters', () => {
    const base = formFromInput(DEFAULT_SCENARIO)
    const form = scenarioLink.read(new URLSearchParams('requestsPerDay=2000&strategies=keep_warm,bogus'), base)
    expect(form).toEqual({
      ...base,
      requestsPerDay: '2000',
      strategies: { on_demand: false, keep_warm: true, provisioned_concurrency: false, ec2: false },
    })
    expect(formToInput(form)).toMatchObject({
      strategies: { keep_warm: { intervalMinutes: 4, pingDurationMs: 50, concurrency: 1 } },
    })
    expect(formFromInput({ ...DEFAULT_SCENARIO, strategies: { on_demand: {} } }).provisionedConcurrency).toBe('1')
  })

  it('reads what the page is given as well as what the browser has', () => {
    const form = formFromInput(measured)
    const fromRecord = scenarioLink.read(
      Object.fromEntries(new URLSearchParams(scenarioLink.search(form))),
      formFromInput(DEFAULT_SCENARIO),
    )
    expect(fromRecord).toEqual(form)
  })
})
