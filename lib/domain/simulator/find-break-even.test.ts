import { describe, expect, it } from 'vitest'
import { simulate } from './simulate'
import { DEFAULT_SCENARIO } from './simulator-reference'
import type { SimulationInput } from './simulation-input'

// Without INIT there are no cold-start costs, so costs are linear in traffic and crossings can be done by hand.
const linear: SimulationInput = {
  region: 'us-east-1',
  architecture: 'x86_64',
  memoryMb: 1024,
  requestsPerDay: 1000,
  avgDurationMs: 1000,
  initDurationMs: 0,
  strategies: {},
}
const breakEven = (strategies: SimulationInput['strategies'], pair: string) =>
  simulate({ ...linear, strategies }).breakEven.find((entry) => entry.strategies.join() === pair)!

describe('break-even', () => {
  it('finds where on-demand overtakes an always-on t4g.small, as computed by hand', () => {
    // On demand: r × 30 × ($0.0000002 + 1 s × 1 GB × $0.0000166667); EC2: 720 h × $0.0168 = $12.096.
    const byHand = 12.096 / (30 * (0.0000002 + 0.0000166667))
    const found = breakEven({ on_demand: {}, ec2: { instanceType: 't4g.small' } }, 'on_demand,ec2')
    expect(found.requestsPerDay! / byHand).toBeCloseTo(1, 3)
    expect(found).toMatchObject({ cheaperBelow: 'on_demand', cheaperAbove: 'ec2', crossings: [found.requestsPerDay] })
  })

  it('finds where 50 provisioned environments pay for themselves against on-demand', () => {
    // Fixed 50 × 1 GB × 2,592,000 s × $0.0000041667 against saving ($0.0000166667 − $0.0000097222) per GB-s;
    // at that traffic 50 environments are 60% busy and spillover (Erlang B) is negligible.
    const byHand = (50 * 2_592_000 * 0.0000041667) / (30 * (0.0000166667 - 0.0000097222))
    const found = breakEven(
      { on_demand: {}, provisioned_concurrency: { concurrency: 50 } },
      'on_demand,provisioned_concurrency',
    )
    expect(found.requestsPerDay! / byHand).toBeCloseTo(1, 2)
    expect(found).toMatchObject({ cheaperBelow: 'on_demand', cheaperAbove: 'provisioned_concurrency' })
  })

  it('reports no crossing when pings only add cost (no INIT to save)', () => {
    const found = breakEven(
      { on_demand: {}, keep_warm: { intervalMinutes: 5, pingDurationMs: 100, concurrency: 1 } },
      'on_demand,keep_warm',
    )
    expect(found).toEqual({
      strategies: ['on_demand', 'keep_warm'],
      requestsPerDay: null,
      crossings: [],
      cheaperBelow: 'on_demand',
      cheaperAbove: 'on_demand',
      intervals: [{ fromRequestsPerDay: 0, toRequestsPerDay: 10_000_000, cheaper: 'on_demand' }],
    })
  })

  it('finds that pings pay off while cold starts are frequent, when INIT is long (a model loaded on a cold start)', () => {
    const model: SimulationInput = {
      ...linear,
      memoryMb: 2048,
      avgDurationMs: 500,
      initDurationMs: 60_000,
      strategies: { on_demand: {}, keep_warm: { intervalMinutes: 5, pingDurationMs: 100, concurrency: 1 } },
    }
    const found = simulate(model).breakEven[0]!
    expect(found.cheaperBelow).toBe('on_demand')
    expect(found.crossings.length).toBeGreaterThanOrEqual(1)
    const first = found.crossings[0]!
    const cost = (requestsPerDay: number, name: string) =>
      simulate({ ...model, requestsPerDay }).strategies.find((entry) => entry.strategy === name)!.monthlyCostUsd
    expect(cost(first * 0.98, 'on_demand').lt(cost(first * 0.98, 'keep_warm'))).toBe(true)
    expect(cost(first * 1.02, 'on_demand').gt(cost(first * 1.02, 'keep_warm'))).toBe(true)
  })

  it('issue 15: a pair that crosses three times has four intervals, and the one holding the answer agrees with it', () => {
    // The page's example: on-demand and pings every 4 minutes cross at ~41, ~592 and ~8.2 million requests a day.
    const result = simulate(DEFAULT_SCENARIO)
    const pair = result.breakEven.find((entry) => entry.strategies.join() === 'on_demand,keep_warm')!
    expect(pair.crossings.map(Math.round)).toEqual([41, 592, 8_243_741])
    expect(pair.intervals.map((interval) => interval.cheaper)).toEqual([
      'on_demand',
      'keep_warm',
      'on_demand',
      'keep_warm',
    ])
    expect(pair.intervals.map((interval) => [interval.fromRequestsPerDay, interval.toRequestsPerDay])).toEqual([
      [0, pair.crossings[0]],
      [pair.crossings[0], pair.crossings[1]],
      [pair.crossings[1], pair.crossings[2]],
      [pair.crossings[2], 10_000_000],
    ])
    // 500 requests a day lies in the second interval: pings are cheaper there, as the answer says.
    const holding = pair.intervals.find(
      (interval) => interval.fromRequestsPerDay <= 500 && 500 < interval.toRequestsPerDay,
    )!
    const cost = (name: string) => result.strategies.find((entry) => entry.strategy === name)!.monthlyCostUsd
    expect(holding.cheaper).toBe('keep_warm')
    expect(cost('keep_warm').lt(cost('on_demand'))).toBe(true)
  })

  it('every pair: intervals cover 0 to 10 million without gaps, start with cheaperBelow and end with cheaperAbove', () => {
    for (const input of [
      DEFAULT_SCENARIO,
      {
        ...linear,
        strategies: {
          on_demand: {},
          keep_warm: { intervalMinutes: 5, pingDurationMs: 100, concurrency: 1 },
          provisioned_concurrency: { concurrency: 50 },
          ec2: { instanceType: 't4g.small' },
        },
      },
    ]) {
      for (const pair of simulate(input).breakEven) {
        expect(pair.intervals).toHaveLength(pair.crossings.length + 1)
        expect(pair.intervals[0]!).toMatchObject({ fromRequestsPerDay: 0, cheaper: pair.cheaperBelow })
        expect(pair.intervals.at(-1)!).toMatchObject({ toRequestsPerDay: 10_000_000, cheaper: pair.cheaperAbove })
        pair.intervals
          .slice(1)
          .forEach((interval, index) =>
            expect(interval.fromRequestsPerDay).toBe(pair.intervals[index]!.toRequestsPerDay),
          )
      }
    }
  })
})
