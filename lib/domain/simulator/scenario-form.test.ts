import { describe, expect, it } from 'vitest'
import { fieldOfIssue, formFromInput, formToInput } from './scenario-form'
import { simulationInputSchema, type SimulationInput } from './simulation-input'
import { DEFAULT_SCENARIO } from './simulator-reference'

const measured: SimulationInput = {
  region: 'ap-northeast-2',
  architecture: 'arm64',
  memoryMb: 2048,
  requestsPerDay: 3000.5,
  avgDurationMs: 1400,
  p99DurationMs: 3500,
  hourlyProfile: Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour < 18 ? 10 : 1)),
  initDurationMs: 60_000,
  idleLifetimeMinutes: 10,
  ephemeralStorageMb: 4096,
  peakConcurrency: 4,
  days: 31,
  includeFreeTier: true,
  strategies: {
    on_demand: {},
    keep_warm: { intervalMinutes: 1, pingDurationMs: 10_000, concurrency: 1 },
    ec2: { instanceType: 't4g.small', hoursPerMonth: 365 },
  },
}

describe('scenario form', () => {
  it('turns an input into the form and back without loss', () => {
    const roundTrip = simulationInputSchema.parse(formToInput(formFromInput(measured)))
    expect(roundTrip).toEqual(measured)
  })

  it('leaves text that is not a number for the schema to name', () => {
    const form = { ...formFromInput(DEFAULT_SCENARIO), memoryMb: '20 GB', avgDurationMs: ' ' }
    const result = simulationInputSchema.safeParse(formToInput(form))
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((issue) => fieldOfIssue(issue.path))).toEqual(['memoryMb', 'avgDurationMs'])
  })

  it('maps validation issues to form fields', () => {
    expect(fieldOfIssue(['strategies', 'keep_warm', 'intervalMinutes'])).toBe('keepWarmIntervalMinutes')
    expect(fieldOfIssue(['strategies', 'ec2', 'instanceType'])).toBe('ec2InstanceType')
    expect(fieldOfIssue(['hourlyProfile', 3])).toBe('hourlyProfile')
    expect(fieldOfIssue(['strategies'])).toBe('strategies')
  })
})
