import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '../money'
import { priceLambdaComponents } from '../pricing/price-lambda-components'
import { compareStrategies } from './compare-strategies'
import { evaluateStrategies } from './evaluate-strategies'
import { hourTerms } from './hour-terms'
import { modelStrategies } from './model-strategy'
import { priceStrategy } from './price-strategy'
import { resolveSimulationInput } from './resolve-simulation-input'
import { SearchCosts } from './search-costs'
import { simulate } from './simulate'
import { simulationContext } from './simulation-context'
import { simulationInputSchema, type SimulationInput } from './simulation-input'
import type { StrategyName } from './types'

const runs = { seed: 20_260_801, numRuns: 500 }

const workload: fc.Arbitrary<SimulationInput> = fc.record({
  region: fc.constantFrom('us-east-1', 'ap-northeast-2'),
  architecture: fc.constantFrom('x86_64' as const, 'arm64' as const),
  memoryMb: fc.integer({ min: 128, max: 10_240 }),
  requestsPerDay: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 20_000_000 })),
  avgDurationMs: fc.integer({ min: 1, max: 60_000 }),
  hourlyProfile: fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: 24, maxLength: 24 })
    .map((weights) => (weights.some((weight) => weight > 0) ? weights : Array<number>(24).fill(1))),
  initDurationMs: fc.integer({ min: 0, max: 90_000 }),
  idleLifetimeMinutes: fc.integer({ min: 1, max: 30 }),
  ephemeralStorageMb: fc.constantFrom(512, 1024, 10_240),
  days: fc.integer({ min: 1, max: 31 }),
  includeFreeTier: fc.boolean(),
  strategies: fc.record({
    on_demand: fc.constant({}),
    keep_warm: fc.record({
      intervalMinutes: fc.integer({ min: 1, max: 60 }),
      pingDurationMs: fc.integer({ min: 1, max: 5000 }),
      concurrency: fc.integer({ min: 1, max: 50 }),
    }),
    provisioned_concurrency: fc.record({
      concurrency: fc.integer({ min: 0, max: 300 }),
      hoursPerDay: fc.integer({ min: 0, max: 24 }),
    }),
    ec2: fc
      .constantFrom('t4g.nano', 't4g.small', 'm6g.12xlarge', 'c7g.large')
      .map((instanceType) => ({ instanceType })),
  }),
})

function priced(input: SimulationInput) {
  const context = simulationContext(resolveSimulationInput(input))
  return { context, ...evaluateStrategies(context, false) }
}

describe('simulator properties', () => {
  it('generates valid inputs', () => {
    fc.assert(
      fc.property(workload, (input) => {
        expect(simulationInputSchema.safeParse(input).success).toBe(true)
      }),
      runs,
    )
  })

  it('the floating-point search costs agree with the exact prices to 1e-9, at any traffic level', () => {
    fc.assert(
      fc.property(workload, fc.double({ min: 0, max: 1e7, noNaN: true }), (input, requestsPerDay) => {
        const { context, evaluated } = priced(input)
        const names = evaluated.map(({ quantities }) => quantities.strategy)
        const search = new SearchCosts(context, names)
        for (const at of [context.input.requestsPerDay, requestsPerDay]) {
          const costs = search.at(at)
          modelStrategies(context, names, hourTerms(context, at)).forEach((quantities, index) => {
            const exact = priceStrategy(context, quantities, false).totalUsd.toNumber()
            expect(Math.abs(costs[index]! - exact)).toBeLessThanOrEqual(1e-9 * exact + 1e-12)
          })
        }
      }),
      runs,
    )
  })

  it('prices model quantities like the pricing engine (priceLambdaComponents) to 1e-12', () => {
    const exactly = (value: number) => new Decimal(value.toPrecision(15))
    fc.assert(
      fc.property(workload, (input) => {
        const { context, evaluated } = priced(input)
        for (const { quantities, priced: fast } of evaluated) {
          if (quantities.ec2Hours !== undefined) continue
          const components = [quantities.traffic, quantities.pings]
            .filter((part) => part !== undefined)
            .map((part) => ({
              usage: {
                region: context.input.region,
                architecture: context.input.architecture,
                requests: exactly(part.requests),
                durationGbSeconds: exactly(part.durationGbSeconds),
                initGbSeconds: exactly(part.initGbSeconds),
                provisionedConcurrencyGbSeconds: exactly(part.provisionedConcurrencyGbSeconds),
                provisionedDurationGbSeconds: exactly(part.provisionedDurationGbSeconds),
                ephemeralStorageGbSeconds: exactly(part.ephemeralStorageGbSeconds),
              },
            }))
          const engine = priceLambdaComponents(components, {
            includeFreeTier: context.input.includeFreeTier,
            formulas: false,
          })
          expect(fast.lineItems.map((item) => [item.meter, item.unitPriceUsd.toFixed()])).toEqual(
            engine.lineItems.map((item) => [item.meter, item.unitPriceUsd.toFixed()]),
          )
          expect(fast.totalUsd.minus(engine.totalUsd).abs().lte(engine.totalUsd.times(1e-12))).toBe(true)
        }
      }),
      runs,
    )
  })

  it('costs are non-negative and finite, cold-start shares between 0 and 1', () => {
    fc.assert(
      fc.property(workload, (input) => {
        for (const result of compareStrategies(input, { breakEven: false }).strategies) {
          expect(result.monthlyCostUsd.isNegative()).toBe(false)
          expect(result.monthlyCostUsd.isFinite()).toBe(true)
          expect(result.coldStartShare).toBeGreaterThanOrEqual(0)
          expect(result.coldStartShare).toBeLessThanOrEqual(1)
          expect(Number.isFinite(result.coldStartsPerMonth)).toBe(true)
        }
      }),
      runs,
    )
  })

  it('more memory never costs less, for every strategy', () => {
    fc.assert(
      fc.property(workload, fc.integer({ min: 1, max: 2048 }), (input, extra) => {
        const more = compareStrategies(
          { ...input, memoryMb: Math.min(10_240, input.memoryMb + extra) },
          { breakEven: false },
        ).strategies
        compareStrategies(input, { breakEven: false }).strategies.forEach((result, index) =>
          expect(more[index]!.monthlyCostUsd.gte(result.monthlyCostUsd)).toBe(true),
        )
      }),
      runs,
    )
  })

  it('without INIT to save, more requests or longer requests never cost less', () => {
    fc.assert(
      fc.property(
        workload,
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (input, extraRequests, extraMs) => {
          const base = { ...input, initDurationMs: 0 }
          const before = compareStrategies(base, { breakEven: false }).strategies
          const busier = compareStrategies(
            { ...base, requestsPerDay: base.requestsPerDay + extraRequests },
            { breakEven: false },
          ).strategies
          const slower = compareStrategies(
            { ...base, avgDurationMs: base.avgDurationMs + extraMs },
            { breakEven: false },
          ).strategies
          before.forEach((result, index) => {
            expect(busier[index]!.monthlyCostUsd.gte(result.monthlyCostUsd)).toBe(true)
            expect(slower[index]!.monthlyCostUsd.gte(result.monthlyCostUsd)).toBe(true)
          })
        },
      ),
      runs,
    )
  })

  it('with a long INIT, more traffic can cost less: cold starts fade as environments stay busy', () => {
    const model: SimulationInput = {
      region: 'us-east-1',
      architecture: 'x86_64',
      memoryMb: 2048,
      requestsPerDay: 500,
      avgDurationMs: 500,
      initDurationMs: 60_000,
      strategies: { on_demand: {} },
    }
    const cost = (requestsPerDay: number) =>
      compareStrategies({ ...model, requestsPerDay }, { breakEven: false }).strategies[0]!.monthlyCostUsd
    expect(cost(2000).lt(cost(500))).toBe(true)
  })

  it('the exact prices flip within ±0.5% of each crossing the float search reports', () => {
    const pair = fc.constantFrom<[StrategyName, StrategyName]>(
      ['on_demand', 'ec2'],
      ['on_demand', 'keep_warm'],
      ['keep_warm', 'ec2'],
      ['on_demand', 'provisioned_concurrency'],
    )
    let checked = 0
    fc.assert(
      fc.property(workload, pair, (input, [first, second]) => {
        const only = {
          ...input,
          region: 'us-east-1',
          strategies: { [first]: input.strategies[first], [second]: input.strategies[second] },
        }
        const { crossings } = simulate(only).breakEven[0]!
        // Crossings too close to another one cannot be told apart at ±0.5%. A workload whose pair never crosses (about a
        // third of them) has nothing to check: it is discarded and another one drawn, so every run checks a crossing.
        const apart = crossings.filter(
          (at) => !crossings.some((other) => other !== at && Math.abs(other / at - 1) < 0.0125),
        )
        fc.pre(apart.length > 0)
        for (const at of apart) {
          checked++
          const [below, above] = [0.995, 1.005].map(
            (factor) => compareStrategies({ ...only, requestsPerDay: at * factor }, { breakEven: false }).strategies,
          )
          // Where the two costs stay within a millionth of each other the curves merely touch: a tie, not a flip.
          const gap = (results: typeof below) => {
            const [a, b] = [results![0]!.monthlyCostUsd, results![1]!.monthlyCostUsd]
            return a.minus(b).abs().lte(a.abs().times(1e-6)) ? 0 : a.minus(b).toNumber()
          }
          expect(Math.sign(gap(below)) * Math.sign(gap(above))).toBeLessThanOrEqual(0)
        }
      }),
      runs,
    )
    expect(checked).toBeGreaterThanOrEqual(runs.numRuns)
  })

  it('prices the hour terms of one pass the same as separate passes per strategy', () => {
    fc.assert(
      fc.property(workload, (input) => {
        const context = simulationContext(resolveSimulationInput(input))
        const names: StrategyName[] = ['on_demand', 'keep_warm', 'ec2']
        const together = modelStrategies(context, names, hourTerms(context, input.requestsPerDay))
        names.forEach((name, index) =>
          expect(modelStrategies(context, [name], hourTerms(context, input.requestsPerDay))[0]).toEqual(
            together[index],
          ),
        )
        expect(priceStrategy(context, together[0]!, false).totalUsd.isFinite()).toBe(true)
      }),
      runs,
    )
  })
})
