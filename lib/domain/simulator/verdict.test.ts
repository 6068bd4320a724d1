import { fragmentInEnglish, verdictInEnglish } from '@/lib/i18n/english-phrase'
import { describe, expect, it } from 'vitest'
import { simulate } from './simulate'
import { DEFAULT_SCENARIO } from './simulator-reference'
import type { SimulationInput } from './simulation-input'
import { describeColdStarts, describeVerdict } from './verdict'

const { keep_warm: keepWarm, provisioned_concurrency: provisioned } = DEFAULT_SCENARIO.strategies

describe('describeVerdict', () => {
  it('mission story 2: names the cheaper of pings and provisioned concurrency, by how much and at what cold-start risk', () => {
    const result = simulate({
      ...DEFAULT_SCENARIO,
      strategies: { keep_warm: keepWarm, provisioned_concurrency: provisioned },
    })
    const [warm, pc] = result.strategies
    const difference = pc!.monthlyCostUsd.minus(warm!.monthlyCostUsd).toDecimalPlaces(2).toFixed(2)
    expect(verdictInEnglish(result.verdict)).toBe(
      `Pings every 4 minutes are $${difference} a month cheaper than 1 provisioned environment, with ~9 cold starts a month against ~9.`,
    )
  })

  it('on-demand against an always-on instance, by hand', () => {
    // On-demand, no INIT, no free tier: 500 × 30 = 15,000 requests × $0.0000002 = $0.003, plus 15,000 × 0.1 s × 0.5 GB =
    // 750 GB-s × $0.0000166667 = $0.012500025: $0.015500025. t4g.small always on: 30 × 24 = 720 h × $0.0168 = $12.096.
    // $12.096 − $0.015500025 = $12.080499975: $12.08.
    const input: SimulationInput = {
      ...DEFAULT_SCENARIO,
      initDurationMs: 0,
      days: 30,
      includeFreeTier: false,
      strategies: { on_demand: {}, ec2: { instanceType: 't4g.small', hoursPerMonth: 730 } },
    }
    const result = simulate(input)
    expect(result.strategies.map((strategy) => strategy.monthlyCostUsd.toFixed())).toEqual(['0.015500025', '12.096'])
    expect(verdictInEnglish(result.verdict)).toBe(
      'On-demand with no warming is $12.08 a month cheaper than a t4g.small instance, with ~1,330 cold starts a month against none.',
    )
  })

  it('says "less than a cent" instead of $0.00, and names the most expensive of three or more', () => {
    const verdict = verdictInEnglish(simulate(DEFAULT_SCENARIO).verdict)
    expect(verdict).toMatch(
      /^Pings every 4 minutes are less than a cent a month cheaper than on-demand with no warming, with ~9 cold starts a month against ~1,330\./,
    )
    expect(verdict).toMatch(/A t4g\.small instance is the most expensive at \$12\.10 a month\.$/)
  })

  it('describes a single strategy, a period other than 30 days, fan-outs and partial schedules', () => {
    const base: SimulationInput = { ...DEFAULT_SCENARIO, days: 7 }
    expect(
      verdictInEnglish(
        simulate({ ...base, strategies: { ec2: { instanceType: 't4g.nano', hoursPerMonth: 300 } } }).verdict,
      ),
    ).toBe('A t4g.nano instance for 300 h a month costs $0.29 for 7 days, with no cold starts.')
    const fanOut = simulate({
      ...base,
      strategies: {
        keep_warm: { intervalMinutes: 1, pingDurationMs: 100, concurrency: 3 },
        provisioned_concurrency: { concurrency: 2, hoursPerDay: 8 },
      },
    }).verdict
    expect(verdictInEnglish(fanOut)).toContain('Pings every 1 minute to 3 environments are')
    expect(verdictInEnglish(fanOut)).toContain('2 provisioned environments for 8 hours a day')
    expect(verdictInEnglish(fanOut)).toContain('for 7 days')
  })

  it('reports a tie and an empty comparison', () => {
    const result = simulate({ ...DEFAULT_SCENARIO, strategies: { on_demand: {} } })
    expect(
      verdictInEnglish(
        describeVerdict({ input: result.input, strategies: [result.strategies[0]!, { ...result.strategies[0]! }] }),
      ),
    ).toMatch(/^On-demand with no warming and on-demand with no warming cost the same, \$0\.02 a month/)
    expect(describeVerdict({ input: result.input, strategies: [] })).toBeNull()
  })

  it('counts cold starts in words', () => {
    expect(fragmentInEnglish(describeColdStarts(0))).toBe('no cold starts')
    expect(fragmentInEnglish(describeColdStarts(0.2))).toBe('almost no cold starts')
    expect(fragmentInEnglish(describeColdStarts(1.2))).toBe('~1 cold start a month')
    expect(fragmentInEnglish(describeColdStarts(12_345.6))).toBe('~12,346 cold starts a month')
  })
})
