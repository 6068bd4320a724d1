import { describe, expect, it } from 'vitest'
import { simulate } from './simulate'
import { DEFAULT_SCENARIO } from './simulator-reference'
import type { SimulationInput } from './simulation-input'
import { describeColdStarts, describeVerdict } from './verdict'

const { keep_warm: keepWarm, provisioned_concurrency: provisioned } = DEFAULT_SCENARIO.strategies

describe('describeVerdict', () => {
  it('mission story 2: names the cheaper of pings and provisioned concurrency, by how much and at what cold-start risk', () => {
    const result = simulate({ ...DEFAULT_SCENARIO, strategies: { keep_warm: keepWarm, provisioned_concurrency: provisioned } })
    const [warm, pc] = result.strategies
    const difference = pc!.monthlyCostUsd.minus(warm!.monthlyCostUsd).toDecimalPlaces(2).toFixed(2)
    expect(result.verdict).toBe(`Pings every 4 minutes are $${difference} a month cheaper than 1 provisioned environment, with ~9 cold starts a month against ~9.`)
  })

  it('says "less than a cent" instead of $0.00, and names the most expensive of three or more', () => {
    const verdict = simulate(DEFAULT_SCENARIO).verdict!
    expect(verdict).toMatch(/^Pings every 4 minutes are less than a cent a month cheaper than on-demand with no warming, with ~9 cold starts a month against ~1,330\./)
    expect(verdict).toMatch(/A t4g\.small instance is the most expensive at \$12\.10 a month\.$/)
  })

  it('describes a single strategy, a period other than 30 days, fan-outs and partial schedules', () => {
    const base: SimulationInput = { ...DEFAULT_SCENARIO, days: 7 }
    expect(simulate({ ...base, strategies: { ec2: { instanceType: 't4g.nano', hoursPerMonth: 300 } } }).verdict).toBe('A t4g.nano instance for 300 h a month costs $0.29 for 7 days, with no cold starts.')
    const fanOut = simulate({ ...base, strategies: { keep_warm: { intervalMinutes: 1, pingDurationMs: 100, concurrency: 3 }, provisioned_concurrency: { concurrency: 2, hoursPerDay: 8 } } }).verdict
    expect(fanOut).toContain('Pings every 1 minute to 3 environments are')
    expect(fanOut).toContain('2 provisioned environments for 8 hours a day')
    expect(fanOut).toContain('for 7 days')
  })

  it('reports a tie and an empty comparison', () => {
    const result = simulate({ ...DEFAULT_SCENARIO, strategies: { on_demand: {} } })
    expect(describeVerdict({ input: result.input, strategies: [result.strategies[0]!, { ...result.strategies[0]! }] })).toMatch(/^On-demand with no warming and on-demand with no warming cost the same, \$0\.02 a month/)
    expect(describeVerdict({ input: result.input, strategies: [] })).toBeNull()
  })

  it('counts cold starts in words', () => {
    expect(describeColdStarts(0)).toBe('no cold starts')
    expect(describeColdStarts(0.2)).toBe('almost no cold starts')
    expect(describeColdStarts(1.2)).toBe('~1 cold start a month')
    expect(describeColdStarts(12_345.6)).toBe('~12,346 cold starts a month')
  })
})
