import { allInEnglish, inEnglish } from '@/lib/i18n/english-phrase'
import { describe, expect, it } from 'vitest'
import { Decimal, roundToCents } from '../money'
import { costCurve } from './cost-curve'
import { compareStrategies } from './compare-strategies'
import { simulate } from './simulate'
import type { SimulationInput } from './simulation-input'
import { toSimulationResponse } from './simulation-response'
import type { SimulationResult, StrategyName } from './types'

const strategy = (result: SimulationResult, name: StrategyName) =>
  result.strategies.find((entry) => entry.strategy === name)!
const line = (result: SimulationResult, name: StrategyName, label: string) =>
  strategy(result, name).lineItems.find((item) => item.label === label)!

// Mission story 2: a small API of 500 requests a day, 512 MB, 100 ms, us-east-1 x86_64.
const smallApi: SimulationInput = {
  region: 'us-east-1',
  architecture: 'x86_64',
  memoryMb: 512,
  requestsPerDay: 500,
  avgDurationMs: 100,
  strategies: {
    on_demand: {},
    keep_warm: { intervalMinutes: 4, pingDurationMs: 50, concurrency: 1 },
    provisioned_concurrency: { concurrency: 1, hoursPerDay: 24 },
  },
}

describe('simulate', () => {
  it('bills each invocation rounded up to the ms: requests and pings of 1.317 ms bill 2 ms', () => {
    const result = simulate({
      region: 'us-east-1',
      architecture: 'x86_64',
      memoryMb: 1024,
      requestsPerDay: 1000,
      avgDurationMs: 1.317,
      initDurationMs: 0,
      includeFreeTier: false,
      strategies: { on_demand: {}, keep_warm: { intervalMinutes: 5, pingDurationMs: 1.317, concurrency: 1 } },
    })
    // By hand: 1,000 requests a day × 30 days × 0.002 s × 1 GB = 60 GB-s × $0.0000166667 = $0.001000002.
    const duration = line(result, 'on_demand', 'Duration')
    expect(duration.quantity.toFixed()).toBe('60')
    expect(duration.costUsd.toFixed()).toBe('0.001000002')
    expect(duration.formula).toBe(
      '30,000 requests × 0.002 s (1.317 ms rounded up to the ms) × 1 GB = 60 GB-s × $0.0000166667',
    )
    // Plus 30,000 requests × $0.0000002 = $0.006.
    expect(strategy(result, 'on_demand').monthlyCostUsd.toFixed()).toBe('0.007000002')
    // Pings every 5 minutes for 30 days: 8,640 × 0.002 s × 1 GB = 17.28 GB-s × $0.0000166667 = $0.000288000576.
    const pings = line(result, 'keep_warm', 'Keep-warm pings: Duration')
    expect(pings.quantity.toFixed()).toBe('17.28')
    expect(pings.costUsd.toFixed()).toBe('0.000288000576')
    expect(pings.formula).toContain('8,640 pings × 0.002 s (1.317 ms rounded up to the ms) × 1 GB')
    expect(allInEnglish(result.assumptions)).toContain(
      "Each request runs 1.32 ms; requests in flight follow a Poisson distribution with mean rate × duration. Lambda bills each invocation's duration rounded up to the ms: 2 ms a request.",
    )
  })

  it('mission story 2: pings every 4 minutes cost cents, provisioned concurrency of 1 about $5.41', () => {
    const result = simulate(smallApi)
    const pc = strategy(result, 'provisioned_concurrency')
    const warm = strategy(result, 'keep_warm')
    // By hand: 1 × 0.5 GB × 2,592,000 s × $0.0000041667 = $5.4000432, plus 15,000 requests ($0.003) and
    // about 750 GB-s on provisioned concurrency × $0.0000097222 ($0.0073).
    expect(line(result, 'provisioned_concurrency', 'Provisioned concurrency').costUsd.toFixed()).toBe('5.4000432')
    expect(roundToCents(pc.monthlyCostUsd).toFixed(2)).toBe('5.41')
    // Pings: 10,800 × 0.05 s × 0.5 GB = 270 GB-s ($0.0045) + 10,800 requests ($0.00216) + the traffic itself.
    expect(line(result, 'keep_warm', 'Keep-warm pings: Duration').costUsd.toFixed()).toBe('0.004500009')
    expect(warm.monthlyCostUsd.lt(new Decimal('0.03'))).toBe(true)
    expect(pc.monthlyCostUsd.minus(warm.monthlyCostUsd).gt(new Decimal('5.38'))).toBe(true)
    expect(result.cheapest).toBe('keep_warm')
    // Pings every 4 min beat a 7-min idle lifetime: only requests that overlap the one warm environment start cold.
    expect(warm.coldStartShare).toBeLessThan(0.001)
    expect(strategy(result, 'on_demand').coldStartShare).toBeCloseTo(Math.exp((-500 / 86_400) * 420), 2)
    expect(warm.keepWarm).toMatchObject({ pingsPerMonth: 10_800, coldPingsPerMonth: 0, keepsEnvironmentsWarm: true })
  })

  it('mission story 1 through the simulator: one 10 s ping a minute at 2 GB on arm64 is $11.52 of duration', () => {
    const result = simulate({
      region: 'us-east-1',
      architecture: 'arm64',
      memoryMb: 2048,
      requestsPerDay: 0,
      avgDurationMs: 10_000,
      strategies: { keep_warm: { intervalMinutes: 1, pingDurationMs: 10_000, concurrency: 1 } },
    })
    const duration = line(result, 'keep_warm', 'Keep-warm pings: Duration')
    expect(duration.formula).toBe('43,200 pings × 10 s × 2 GB = 864,000 GB-s × $0.0000133334')
    expect(roundToCents(duration.costUsd).toFixed(2)).toBe('11.52')
    expect(roundToCents(line(result, 'keep_warm', 'Keep-warm pings: Requests').costUsd).toFixed(2)).toBe('0.01')
  })

  it('mission story 3: 5 rules × 20 calls every 4 minutes at 3 GB is about $0.02 with the free tier, $5.62 without', () => {
    const fanOut = (includeFreeTier: boolean) =>
      simulate({
        region: 'us-east-1',
        architecture: 'x86_64',
        memoryMb: 3072,
        requestsPerDay: 0,
        avgDurationMs: 100,
        includeFreeTier,
        strategies: { keep_warm: { intervalMinutes: 4, pingDurationMs: 100, concurrency: 100 } },
      })
    // 10,800 runs × 100 pings = 1,080,000 pings × 0.1 s × 3 GB = 324,000 GB-s (inside the free 400,000) and
    // 80,000 requests above the free million × $0.0000002 = $0.016: the story's "~$0.05" needs the free tier.
    expect(strategy(fanOut(true), 'keep_warm').monthlyCostUsd.toFixed()).toBe('0.016')
    expect(roundToCents(strategy(fanOut(false), 'keep_warm').monthlyCostUsd).toFixed(2)).toBe('5.62')
  })

  it('mission story 3: provisioned concurrency of 100 at 1.5 GB for 8 hours is about $18', () => {
    const result = simulate({
      region: 'us-east-1',
      architecture: 'x86_64',
      memoryMb: 1536,
      requestsPerDay: 0,
      avgDurationMs: 100,
      days: 1,
      strategies: { provisioned_concurrency: { concurrency: 100, hoursPerDay: 8 } },
    })
    expect(roundToCents(strategy(result, 'provisioned_concurrency').monthlyCostUsd).toFixed(2)).toBe('18.00')
  })

  it('mission story 4: a 2 GB model on Lambda costs dollars, a t4g.small in Seoul $14.98 for 30 days', () => {
    const result = simulate({
      region: 'ap-northeast-2',
      architecture: 'arm64',
      memoryMb: 2048,
      requestsPerDay: 1000,
      avgDurationMs: 2000,
      strategies: {
        on_demand: {},
        keep_warm: { intervalMinutes: 5, pingDurationMs: 1000, concurrency: 1 },
        ec2: { instanceType: 't4g.small' },
      },
    })
    const ec2 = strategy(result, 'ec2')
    // 730 h a month is always on: 30 days × 24 h = 720 h × $0.0208.
    expect(ec2.monthlyCostUsd.toFixed()).toBe('14.976')
    expect(ec2.lineItems[0]!.formula).toBe('730 of 730 h a month × 30 days × 24 h = 720 h × $0.0208 per hour')
    expect(allInEnglish(ec2.warnings)).toEqual([])
    expect(ec2.coldStartsPerMonth).toBe(0)
    expect(strategy(result, 'on_demand').monthlyCostUsd.gt(1)).toBe(true)
    expect(strategy(result, 'on_demand').monthlyCostUsd.lt(3)).toBe(true)
    expect(result.cheapest).toBe('on_demand')
    const onDemandVsEc2 = result.breakEven.find((entry) => entry.strategies.join() === 'on_demand,ec2')!
    expect(onDemandVsEc2).toMatchObject({ cheaperBelow: 'on_demand', cheaperAbove: 'ec2' })
    expect(onDemandVsEc2.requestsPerDay).toBeGreaterThan(5000)
  })

  it('marks an instance too small for peak concurrency × memory not viable, saying by how much', () => {
    const result = simulate({
      region: 'us-east-1',
      architecture: 'arm64',
      memoryMb: 2048,
      requestsPerDay: 5_000_000,
      avgDurationMs: 200,
      strategies: { ec2: { instanceType: 't4g.nano', hoursPerMonth: 365 } },
    })
    const ec2 = strategy(result, 'ec2')
    expect(ec2.viable).toBe(false)
    const reasons = allInEnglish(ec2.reasons).join('\n')
    expect(reasons).toMatch(/needs about [\d.,]+ vCPUs; t4g.nano has 2\./)
    expect(reasons).toMatch(/needs about [\d.,]+ GiB of memory; t4g.nano has 0.5 GiB\./)
    expect(allInEnglish(ec2.warnings).join('\n')).toContain('runs 360 of 720 h')
    expect(ec2.ec2!.requiredMemoryGib).toBeCloseTo((ec2.ec2!.requiredVcpus * 1769) / 1024, 9)
  })

  it('lists a strategy whose rates are missing as unavailable instead of pricing it at zero', () => {
    // The card has no EC2 instance prices for Ireland.
    const result = simulate({
      ...smallApi,
      region: 'eu-west-1',
      strategies: { ...smallApi.strategies, ec2: { instanceType: 't4g.small' } },
    })
    expect(result.unavailable).toEqual([
      { strategy: 'ec2', reason: 'No rate for EC2 t4g.small in eu-west-1 (rate card 2026-08-01)' },
    ])
    expect(result.strategies.map((entry) => entry.strategy)).toEqual([
      'on_demand',
      'keep_warm',
      'provisioned_concurrency',
    ])
  })

  it('marks pings no more frequent than the idle lifetime not viable: they keep no environment warm', () => {
    const result = simulate({
      ...smallApi,
      strategies: { keep_warm: { intervalMinutes: 15, pingDurationMs: 10, concurrency: 3 } },
    })
    const warm = strategy(result, 'keep_warm')
    expect(warm.keepWarm).toMatchObject({
      keepsEnvironmentsWarm: false,
      pingBilledDurationMs: 100,
      requiredSleepMs: 100,
    })
    // 2,880 runs × 3 pings: environments 2 and 3 are always reclaimed, the first only when traffic left it idle
    // for 7 minutes (e^(−500/86,400 × 420) ≈ 9%): about 2,880 × 2.09 ≈ 6,000 cold pings.
    expect(warm.keepWarm!.coldPingsPerMonth).toBeGreaterThan(5900)
    expect(warm.keepWarm!.coldPingsPerMonth).toBeLessThan(6100)
    expect(warm.viable).toBe(false)
    expect(allInEnglish(warm.reasons).join('\n')).toMatch(/are not more frequent than the 7-min idle lifetime/)
    expect(allInEnglish(warm.warnings).join('\n')).toMatch(
      /3 concurrent pings of 10 ms would mostly reuse one environment/,
    )
  })

  it('costs a weekly provisioned schedule as an average week and warns about low utilisation', () => {
    const weekly = { levels: [{ days: [1, 2, 3, 4, 5], fromHour: 9, toHour: 18, concurrency: 10 }], baseline: 2 }
    const result = simulate({ ...smallApi, strategies: { provisioned_concurrency: { weekly } } })
    const pc = strategy(result, 'provisioned_concurrency')
    // 696 environment-hours a week × 30/7 weeks × 3,600 s × 0.5 GB × $0.0000041667.
    expect(line(result, 'provisioned_concurrency', 'Provisioned concurrency').quantity.toFixed(4)).toBe('5369142.8571')
    expect(pc.provisioned!.utilization).toBeLessThan(0.01)
    expect(allInEnglish(pc.warnings).join('\n')).toMatch(/below 60% provisioned concurrency costs more/)
  })

  it('answers in JSON-native form with decimal strings', () => {
    const response = toSimulationResponse(simulate(smallApi), inEnglish)
    const roundTrip = JSON.parse(JSON.stringify(response)) as typeof response
    expect(roundTrip).toEqual(response)
    const pc = response.strategies.find((entry) => entry.strategy === 'provisioned_concurrency')!
    expect(typeof pc.monthlyCostUsd).toBe('string')
    expect(pc.lineItems.find((item) => item.label === 'Provisioned concurrency')).toMatchObject({
      quantity: '1296000',
      unitPriceUsd: '0.0000041667',
      costUsd: '5.4000432',
      unit: 'GB-s',
    })
    expect(typeof pc.coldStartsPerMonth).toBe('number')
  })

  it('gives the same amounts from simulate, compareStrategies and costCurve', () => {
    const input: SimulationInput = {
      ...smallApi,
      hourlyProfile: Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour < 18 ? 5 : 1)),
      strategies: { ...smallApi.strategies, ec2: { instanceType: 't4g.micro' } },
    }
    const detailed = simulate(input)
    const fleet = compareStrategies(input)
    const [curve] = costCurve(input, [input.requestsPerDay])
    for (const result of detailed.strategies) {
      expect(
        fleet.strategies
          .find((entry) => entry.strategy === result.strategy)!
          .monthlyCostUsd.equals(result.monthlyCostUsd),
      ).toBe(true)
      expect(
        curve!.costs.find((entry) => entry.strategy === result.strategy)!.monthlyCostUsd.equals(result.monthlyCostUsd),
      ).toBe(true)
    }
    expect(fleet.breakEven).toEqual(detailed.breakEven)
    expect(fleet.cheapest).toBe(detailed.cheapest)
  })

  it('states its assumptions with the workload’s numbers', () => {
    const assumptions = allInEnglish(simulate(smallApi).assumptions)
    expect(assumptions.join('\n')).toContain('reclaimed after 7 min')
    expect(assumptions.join('\n')).toContain('free tier not included')
    expect(assumptions.join('\n')).toContain('800 ms of INIT')
  })
})

describe('simulate sizing', () => {
  it('derives peak concurrency from the busiest hour at the p99 duration, or takes the measured peak', () => {
    const busy: SimulationInput = {
      region: 'us-east-1',
      architecture: 'x86_64',
      memoryMb: 1024,
      requestsPerDay: 864_000,
      avgDurationMs: 100,
      strategies: { keep_warm: { intervalMinutes: 5, pingDurationMs: 100, concurrency: 2 } },
    }
    // 10 requests a second × 0.1 s = 1 in flight → ceil(1 + 3) = 4; at a p99 of 1 s, 10 → ceil(10 + 3√10) = 20.
    expect(allInEnglish(strategy(simulate(busy), 'keep_warm').warnings).join()).toContain(
      'for a peak of 4 concurrent requests',
    )
    expect(allInEnglish(strategy(simulate({ ...busy, p99DurationMs: 1000 }), 'keep_warm').warnings).join()).toContain(
      'for a peak of 20 concurrent requests',
    )
    expect(
      allInEnglish(strategy(simulate({ ...busy, peakConcurrency: 2 }), 'keep_warm').warnings).join(),
    ).not.toContain('for a peak of')
  })
})

describe('simulate at the top of the duration tiers', () => {
  it('splits duration across the tiers like priceLambdaUsage, and prices INIT at the tier where duration ended', () => {
    // 2,000,000 requests a day × 30 s × 10 GB × 30 days = 18 billion GB-s: tiers 1, 2 and 3 (x86: 6 and 15 billion).
    const input: SimulationInput = {
      region: 'us-east-1',
      architecture: 'x86_64',
      memoryMb: 10_240,
      requestsPerDay: 2_000_000,
      avgDurationMs: 30_000,
      initDurationMs: 1000,
      idleLifetimeMinutes: 1,
      strategies: { on_demand: {} },
    }
    const { lineItems } = simulate(input).strategies[0]!
    const duration = lineItems.filter((item) => item.label.startsWith('Duration'))
    expect(duration.map((item) => [item.label, item.quantity.toFixed()])).toEqual([
      ['Duration, tier 1', '6000000000'],
      ['Duration, tier 2', '9000000000'],
      ['Duration, tier 3', '3000000000'],
    ])
    expect(duration[2]!.formula).toContain(
      'of which 3,000,000,000 GB-s in tier 3 (above 15,000,000,000 GB-s a month) × $0.0000133334',
    )
    const init = lineItems.find((item) => item.label === 'INIT duration (cold starts)')
    expect(init?.unitPriceUsd.toFixed()).toBe('0.0000133334')
    expect(init?.formula).toContain('(tier 3: above 15,000,000,000 GB-s a month)')
  })
})
