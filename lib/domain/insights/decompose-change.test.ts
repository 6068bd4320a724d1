import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, sum, toDecimal } from '../money'
import {
  CostModelMismatchError,
  DRIVER_LABELS,
  type FunctionMonth,
  decomposeChange,
  retryAttempts,
  unexplainedChange,
} from './decompose-change'

const X86_GB_S = '0.0000166667'
const ARM_GB_S = '0.0000133334'
const REQUEST = '0.0000002'

/** A month whose stored cost is exactly what the model says: requests × price + GB-s × price + provisioned. */
function month(input: {
  requests: number
  runSeconds: string | number
  memoryMb: number
  architecture?: string
  gbSecondPrice?: string
  requestPrice?: string
  errors?: number
  events?: number
  dropped?: number
  pings?: number | null
  provisioned?: string
}): FunctionMonth {
  const gbSeconds = toDecimal(input.runSeconds).times(input.memoryMb).div(1024)
  const gbSecondPrice = input.gbSecondPrice ?? X86_GB_S
  const requestPrice = input.requestPrice ?? REQUEST
  const provisioned = input.provisioned ?? '0'
  return {
    requests: input.requests,
    gbSeconds: gbSeconds.toFixed(),
    memoryMb: input.memoryMb,
    architecture: input.architecture ?? 'x86_64',
    region: 'us-east-1',
    requestPriceUsd: requestPrice,
    gbSecondPriceUsd: gbSecondPrice,
    errors: input.errors ?? 0,
    asyncEventsReceived: input.events ?? 0,
    asyncEventsDropped: input.dropped ?? 0,
    maxRetryAttempts: 2,
    keepWarmPings: input.pings ?? null,
    provisionedCostUsd: provisioned,
    costUsd: toDecimal(input.requests)
      .times(requestPrice)
      .plus(gbSeconds.times(gbSecondPrice))
      .plus(provisioned)
      .toFixed(),
  }
}

function partsOf(result: ReturnType<typeof decomposeChange>): Record<string, string> {
  return Object.fromEntries(result.parts.map((part) => [part.driver, part.usd]))
}

function expectExactSum(result: ReturnType<typeof decomposeChange>) {
  expect(sum(result.parts.map((part) => part.usd)).toFixed()).toBe(toDecimal(result.changeUsd).toFixed())
}

describe('decomposeChange on hand-computed cases', () => {
  it('twice the requests at the same duration, memory and price is all volume', () => {
    const before = month({ requests: 1_000_000, runSeconds: 100_000, memoryMb: 512 })
    const after = month({ requests: 2_000_000, runSeconds: 200_000, memoryMb: 512 })
    const result = decomposeChange(before, after)
    // 1,000,000 × $0.0000002 + 1,000,000 × 0.1 s × 0.5 GB × $0.0000166667 = $0.2 + $0.833335
    expect(partsOf(result)).toEqual({ volume: '1.033335' })
    expect(result.changeUsd).toBe('1.033335')
    expect(result.dominant).toBe('volume')
    expect(result.parts[0]!.sentence).toBe('Traffic: 1,000,000 → 2,000,000 first attempts (+100.0%).')
  })

  it('the same requests running twice as long is all duration', () => {
    const result = decomposeChange(
      month({ requests: 1_000_000, runSeconds: 100_000, memoryMb: 512 }),
      month({ requests: 1_000_000, runSeconds: 200_000, memoryMb: 512 }),
    )
    // 1,000,000 × (0.2 − 0.1) s × 0.5 GB × $0.0000166667
    expect(partsOf(result)).toEqual({ duration: '0.833335' })
    expect(result.dominant).toBe('duration')
    expect(result.parts[0]!.sentence).toBe('Average billed duration per first attempt: 100 ms → 200 ms (+100.0%).')
  })

  it('a memory raise that halves the duration: duration is credited at the old memory, memory charged at the new duration', () => {
    const before = month({ requests: 1000, runSeconds: 1000, memoryMb: 512 }) // 1 s at 0.5 GB
    const after = month({ requests: 1000, runSeconds: 500, memoryMb: 1536 }) // 0.5 s at 1.5 GB
    const result = decomposeChange(before, after)
    // duration: 1000 × (0.5 − 1) s × 0.5 GB × p = −250 GB-s × p; memory: 1000 × 0.5 s × (1.5 − 0.5) GB × p = +500 GB-s × p
    expect(partsOf(result)).toEqual({ duration: '-0.004166675', memory: '0.00833335' })
    expect(result.changeUsd).toBe('0.004166675')
    expect(result.dominant).toBe('memory')
    expect(result.parts.find((p) => p.driver === 'memory')!.sentence).toBe(
      'Memory: 512 MB → 1,536 MB (weighted by run time).',
    )
    expect(result.parts.find((p) => p.driver === 'duration')!.sentence).toBe(
      'Average billed duration per first attempt: 1 s → 500 ms (-50.0%).',
    )
  })

  it('mission story 1: failing keep-warm pings retried twice make keep-warm the dominant driver, the retried pings billed like the failure they repeat', () => {
    // Before: 43,200 pings of 10 s at 2 GB. After: 44,640 pings each dying after 90 s, 3 attempts each.
    const before = month({
      requests: 43_200,
      runSeconds: 432_000,
      memoryMb: 2048,
      architecture: 'arm64',
      gbSecondPrice: ARM_GB_S,
      events: 43_200,
      pings: 43_200,
    })
    const after = month({
      requests: 133_920,
      runSeconds: 133_920 * 90,
      memoryMb: 2048,
      architecture: 'arm64',
      gbSecondPrice: ARM_GB_S,
      errors: 133_920,
      events: 44_640,
      dropped: 44_640,
      pings: 44_640,
    })
    expect(retryAttempts(after)).toBe(89_280)
    const result = decomposeChange(before, after)
    const perSecond = toDecimal(2).times(ARM_GB_S) // 2 GB × arm64 price
    // keep-warm: 1,440 more pings at the old 10 s, and 89,280 retried pings × (request + 90 s) (a retried ping is
    // keep-warm traffic); duration: 44,640 first attempts × 80 s more; no other retries.
    const pings = toDecimal(1440).times(toDecimal(REQUEST).plus(perSecond.times(10)))
    const duration = toDecimal(44_640).times(80).times(perSecond)
    const retries = toDecimal(89_280).times(toDecimal(REQUEST).plus(perSecond.times(90)))
    expect(partsOf(result)).toEqual({ keep_warm: pings.plus(retries).toFixed(), duration: duration.toFixed() })
    expect(pings.toFixed()).toBe('0.38428992')
    expect(duration.toFixed()).toBe('95.23247616')
    expect(retries.toFixed()).toBe('214.29092736')
    expect(pings.plus(retries).toFixed()).toBe('214.67521728')
    expect(result.dominant).toBe('keep_warm')
    // Each failure billed three times: the retries are twice the failing first attempts' cost.
    expect(retries.div(toDecimal(44_640).times(toDecimal(REQUEST).plus(perSecond.times(90)))).toFixed()).toBe('2')
    expect(result.current!.retryDurationMs).toBe(90_000)
    expect(result.current).toMatchObject({ retries: 89_280, retriedPings: 89_280 })
    expect(result.parts.find((p) => p.driver === 'keep_warm')!.sentence).toBe(
      'Keep-warm: keep-warm pings 43,200 → 44,640; retried pings 0 → 89,280 (keep-warm pings that failed and were retried, each billed like the failed ping it repeats, ~90 s).',
    )
    expectExactSum(result)
  })

  it('the end of a retry storm mirrors its start: the retried pings go away at the duration they ran with', () => {
    const calm = month({
      requests: 43_200,
      runSeconds: 432_000,
      memoryMb: 2048,
      architecture: 'arm64',
      gbSecondPrice: ARM_GB_S,
      events: 43_200,
      pings: 43_200,
    })
    const storm = month({
      requests: 129_600,
      runSeconds: 129_600 * 90,
      memoryMb: 2048,
      architecture: 'arm64',
      gbSecondPrice: ARM_GB_S,
      errors: 129_600,
      events: 43_200,
      dropped: 43_200,
      pings: 43_200,
    })
    const start = partsOf(decomposeChange(calm, storm))
    const end = decomposeChange(storm, calm)
    expect(end.dominant).toBe('keep_warm')
    expect(partsOf(end)).toEqual(
      Object.fromEntries(Object.entries(start).map(([driver, usd]) => [driver, toDecimal(usd).negated().toFixed()])),
    )
    expectExactSum(end)
  })

  it('a retried ping is keep-warm: up to MaximumRetryAttempts retries per ping, the rest of the retries repeat other async events', () => {
    // 300 async events a day of 1 s at 1 GB, 100 of them keep-warm pings. Then all 300 fail and are retried twice (1 s each).
    const before = month({ requests: 300, runSeconds: 300, memoryMb: 1024, events: 300, pings: 100 })
    const after = month({
      requests: 900,
      runSeconds: 900,
      memoryMb: 1024,
      errors: 900,
      events: 300,
      dropped: 300,
      pings: 100,
    })
    const result = decomposeChange(before, after)
    // 600 retries: 100 pings × 2 = 200 retried pings (keep-warm), 400 retries of the other events; each $0.0000002 + 1 s × 1 GB × $0.0000166667.
    const attempt = toDecimal(REQUEST).plus(X86_GB_S)
    expect(partsOf(result)).toEqual({ keep_warm: attempt.times(200).toFixed(), retries: attempt.times(400).toFixed() })
    expect(partsOf(result)).toEqual({ keep_warm: '0.00337334', retries: '0.00674668' })
    expect(result.current).toMatchObject({ retries: 600, retriedPings: 200 })
    expectExactSum(result)
  })

  it('failures mixed with healthy traffic: successful attempts keep the clean month’s 2 s, failures get the rest', () => {
    // Clean month: 90,000 requests of 2 s. Incident month: the same requests plus 1,000 events failing after 60 s, 3 attempts each.
    const before = month({ requests: 90_000, runSeconds: 180_000, memoryMb: 1024, events: 0 })
    const after = month({
      requests: 93_000,
      runSeconds: 180_000 + 3000 * 60,
      memoryMb: 1024,
      errors: 3000,
      events: 1000,
      dropped: 1000,
    })
    const result = decomposeChange(before, after)
    // Failures: 360,000 s − 90,000 successful × 2 s = 180,000 s over 3,000 failed attempts = 60 s each.
    expect(result.current!.retryDurationMs).toBe(60_000)
    // volume: 1,000 more first attempts at the clean 2 s: 1,000 × ($0.0000002 + 2 s × 1 GB × $0.0000166667)
    // duration: 91,000 first attempts ran 240,000 s (360,000 − 2,000 retries × 60 s) instead of 91,000 × 2 s: +58,000 s × $0.0000166667
    // retries: 2,000 × ($0.0000002 + 60 s × 1 GB × $0.0000166667)
    expect(partsOf(result)).toEqual({ volume: '0.0335334', duration: '0.9666686', retries: '2.000404' })
    expect(result.changeUsd).toBe('3.000606')
    expect(result.dominant).toBe('retries')
  })

  it('the end of a storm (30% → 1% errors): the calm month is the baseline, and the storm’s retries go away at their own duration', () => {
    // Storm: 8,000 events, 1,000 fail 3 times (3,000 errors, 2,000 retries): 10,000 attempts, 30% errors.
    // Calm: 9,900 events, 100 fail once and then succeed (100 errors, 100 retries): 10,000 attempts, 1% errors.
    // Successful attempts take 2 s, failing ones 32 s, at 1 GB.
    const storm = month({
      requests: 10_000,
      runSeconds: 7000 * 2 + 3000 * 32,
      memoryMb: 1024,
      errors: 3000,
      events: 8000,
      dropped: 1000,
    })
    const calm = month({ requests: 10_000, runSeconds: 9900 * 2 + 100 * 32, memoryMb: 1024, errors: 100, events: 9900 })
    const result = decomposeChange(storm, calm)
    // Baseline: the calm month's 23,000 s / 10,000 = 2.3 s an attempt. Storm retries: (110,000 − 7,000 × 2.3) / 3,000 = 31.3 s;
    // storm first attempts: (110,000 − 2,000 × 31.3) / 8,000 = 5.925 s. Calm: every attempt 2.3 s.
    expect(result.previous!.retryDurationMs).toBe(31_300)
    // Retries shrink, so they come before duration:
    // volume:   +1,900 first attempts at 5.925 s: 1,900 × ($0.0000002 + 5.925 × $0.0000166667)
    // retries:  −1,900 retries at 31.3 s: −1,900 × ($0.0000002 + 31.3 × $0.0000166667)
    // duration: 9,900 × (2.3 − 5.925) s + 100 × (2.3 − 31.3) s = −38,787.5 s × $0.0000166667
    expect(partsOf(result)).toEqual({ volume: '0.18800537525', retries: '-0.991548649', duration: '-0.64645962625' })
    // Only run time changed: (23,000 − 110,000) s × $0.0000166667.
    expect(result.changeUsd).toBe('-1.4500029')
    expect(result.dominant).toBe('retries')
  })

  it('at equal error shares the previous period is the baseline', () => {
    // Both 15% errors: 9,000 events with 500 failing 3 times, then twice that. Successes take 1 s; failures 10 s, then 20 s.
    const before = month({
      requests: 10_000,
      runSeconds: 8500 * 1 + 1500 * 10,
      memoryMb: 1024,
      errors: 1500,
      events: 9000,
      dropped: 500,
    })
    const after = month({
      requests: 20_000,
      runSeconds: 17_000 * 1 + 3000 * 20,
      memoryMb: 1024,
      errors: 3000,
      events: 18_000,
      dropped: 1000,
    })
    const result = decomposeChange(before, after)
    // Baseline 23,500 s / 10,000 = 2.35 s. After: retries (77,000 − 17,000 × 2.35) / 3,000 = 12.35 s; first attempts
    // (77,000 − 2,000 × 12.35) / 18,000 s.
    // volume:   9,000 more first attempts at 2.35 s: 9,000 × ($0.0000002 + 2.35 × $0.0000166667)
    // duration: 18,000 first attempts from 2.35 s to 52,300/18,000 s (+10,000 s), 1,000 retries from 2.35 to 12.35 s (+10,000 s)
    // retries:  1,000 more at 12.35 s: 1,000 × ($0.0000002 + 12.35 × $0.0000166667)
    expect(partsOf(result)).toEqual({ volume: '0.354300705', duration: '0.333334', retries: '0.206033745' })
    expect(result.current!.retryDurationMs).toBe(12_350)
  })

  it('moving from x86 to Arm at the same usage is price, and provisioned concurrency is keep-warm', () => {
    const before = month({ requests: 1_000_000, runSeconds: 100_000, memoryMb: 1024, provisioned: '10.5' })
    const after = month({
      requests: 1_000_000,
      runSeconds: 100_000,
      memoryMb: 1024,
      architecture: 'arm64',
      gbSecondPrice: ARM_GB_S,
      provisioned: '0',
    })
    const result = decomposeChange(before, after)
    // 100,000 GB-s × (0.0000133334 − 0.0000166667)
    expect(partsOf(result)).toEqual({ keep_warm: '-10.5', price: '-0.33333' })
    expect(result.dominant).toBe('keep_warm')
    expect(result.parts.find((p) => p.driver === 'price')!.sentence).toBe(
      'Unit price per GB-s: $0.0000166667 → $0.0000133334 (x86_64 us-east-1 → arm64 us-east-1).',
    )
    expect(result.parts.find((p) => p.driver === 'keep_warm')!.sentence).toBe(
      'Keep-warm: no keep-warm schedule known; provisioned concurrency $10.50 → $0.00.',
    )
  })

  it('the cleaner period is the one with the smaller share of errors, not the fewer errors', () => {
    // Before: 300 of 1,000 attempts failed (30%: 100 events failing 3 times). After: 1,000 of 100,000 failed (1%: 1,000
    // events failing once, then succeeding). Successes take 2 s, failures 12 s.
    const before = month({
      requests: 1000,
      runSeconds: 700 * 2 + 300 * 12,
      memoryMb: 1024,
      errors: 300,
      events: 800,
      dropped: 100,
    })
    const after = month({
      requests: 100_000,
      runSeconds: 99_000 * 2 + 1000 * 12,
      memoryMb: 1024,
      errors: 1000,
      events: 99_000,
    })
    const result = decomposeChange(before, after)
    // After is the baseline: 210,000 s / 100,000 = 2.1 s an attempt, its retries too. Before's failures:
    // (5,000 − 700 × 2.1) s / 300 = 11.7666… s.
    expect(result.current!.retryDurationMs).toBe(2100)
    expect(result.previous!.retryDurationMs).toBe(11_766.67)
  })

  it('a period of provisioned concurrency alone (no invocations, no memory recorded) is keep-warm, and its traffic starting is volume', () => {
    const idle = month({ requests: 0, runSeconds: 0, memoryMb: 0, provisioned: '5' })
    const busy = month({ requests: 1000, runSeconds: 100, memoryMb: 1024, provisioned: '5' })
    const result = decomposeChange(idle, busy)
    // 1,000 × $0.0000002 + 100 s × 1 GB × $0.0000166667, at the busy period's duration, memory and prices.
    expect(partsOf(result)).toEqual({ volume: '0.00186667' })
    expect(result.parts[0]!.sentence).toBe('Traffic: 0 → 1,000 first attempts.')
    expect(result.previous).toEqual({
      requests: 0,
      retries: 0,
      retriedPings: 0,
      keepWarmPings: null,
      errors: 0,
      averageDurationMs: null,
      retryDurationMs: null,
      memoryMb: 0,
      costUsd: '5',
    })
  })

  it('from provisioned concurrency alone to traffic with retries: no clean period to compare, every attempt takes the average', () => {
    const idle = month({ requests: 0, runSeconds: 0, memoryMb: 1024, provisioned: '5' })
    // 1,000 events, 500 of them failing once and then succeeding: 1,500 attempts, 300 s in all, 0.2 s each.
    const busy = month({ requests: 1500, runSeconds: 300, memoryMb: 1024, errors: 500, events: 1000, provisioned: '5' })
    const result = decomposeChange(idle, busy)
    // volume: 1,000 first attempts × ($0.0000002 + 0.2 s × 1 GB × $0.0000166667); retries: 500 × the same.
    expect(partsOf(result)).toEqual({ volume: '0.00353334', retries: '0.00176667' })
    expect(result.current!.retryDurationMs).toBe(200)
  })

  it('a change of zero has no dominant driver, even when parts offset each other', () => {
    // Twice the requests at half the duration, requests free: the same GB-s, so the same cost.
    const before = month({ requests: 1000, runSeconds: 1000, memoryMb: 1024, requestPrice: '0' })
    const result = decomposeChange(
      before,
      month({ requests: 2000, runSeconds: 1000, memoryMb: 1024, requestPrice: '0' }),
    )
    expect(result.changeUsd).toBe('0')
    expect(partsOf(result)).toEqual({ volume: '0.0166667', duration: '-0.0166667' })
    expect(result.dominant).toBeNull()
  })

  it('names keep-warm pings when a schedule is known in either period', () => {
    const result = decomposeChange(
      month({ requests: 1000, runSeconds: 100, memoryMb: 1024 }),
      month({ requests: 1100, runSeconds: 110, memoryMb: 1024, pings: 100 }),
    )
    // 100 pings at 0.1 s: 100 × ($0.0000002 + 0.1 × $0.0000166667).
    expect(result.parts).toEqual([
      { driver: 'keep_warm', usd: '0.000186667', sentence: 'Keep-warm: keep-warm pings 0 → 100.' },
    ])
  })

  it('a period billed for requests only (no GB-s, no memory recorded) has no run time', () => {
    const result = decomposeChange(
      month({ requests: 500, runSeconds: 0, memoryMb: 0 }),
      month({ requests: 1000, runSeconds: 0, memoryMb: 0 }),
    )
    expect(partsOf(result)).toEqual({ volume: '0.0001' })
  })

  it('reports memory weighted by run time to two decimals', () => {
    const result = decomposeChange(
      month({ requests: 1000, runSeconds: 100, memoryMb: 1536.4567 }),
      month({ requests: 2000, runSeconds: 200, memoryMb: 1536.4567 }),
    )
    expect(result.previous!.memoryMb).toBe(1536.46)
    expect(result.current!.averageDurationMs).toBe(100)
  })

  it('a period with traffic but no cost (zero prices) is there, not absent: its change is price', () => {
    const free = month({ requests: 1000, runSeconds: 100, memoryMb: 1024, requestPrice: '0', gbSecondPrice: '0' })
    const result = decomposeChange(free, month({ requests: 1000, runSeconds: 100, memoryMb: 1024 }))
    expect(partsOf(result)).toEqual({ price: '0.00186667' })
  })

  it('a difference within the model’s rounding joins the last step when no step moved the cost', () => {
    const same = month({ requests: 1000, runSeconds: 100, memoryMb: 1024 })
    expect(
      partsOf(decomposeChange(same, { ...same, costUsd: toDecimal(same.costUsd).plus('1e-18').toFixed() })),
    ).toEqual({ price: '0.000000000000000001' })
  })

  it('labels every driver', () => {
    expect(DRIVER_LABELS).toEqual({
      volume: 'Traffic volume',
      keep_warm: 'Keep-warm',
      duration: 'Duration',
      retries: 'Retries',
      memory: 'Memory',
      price: 'Unit price',
      new: 'New function',
      removed: 'No longer running',
      unexplained: 'Not explained',
    })
  })

  it('a function that appears is new, one that stops is removed, and nothing to nothing has no parts', () => {
    const running = month({ requests: 1000, runSeconds: 100, memoryMb: 128 })
    const appeared = decomposeChange(null, running)
    expect(appeared.parts.map((p) => p.driver)).toEqual(['new'])
    expect(appeared.changeUsd).toBe(running.costUsd)
    expect(appeared.dominant).toBe('new')
    expect(appeared.parts[0]!.sentence).toBe('New: no estimated cost in the previous period, $0.00 now.')
    expect(appeared.current).toMatchObject({ requests: 1000, averageDurationMs: 100, retryDurationMs: null })
    const stopped = decomposeChange(running, month({ requests: 0, runSeconds: 0, memoryMb: 128 }))
    expect(stopped.parts).toEqual([
      {
        driver: 'removed',
        usd: `-${running.costUsd}`,
        sentence: 'No estimated cost in this period (removed or idle), after $0.00 before.',
      },
    ])
    expect(stopped.dominant).toBe('removed')
    expect(decomposeChange(null, null)).toMatchObject({ parts: [], dominant: null, changeUsd: '0' })
  })

  it('no change has no parts and no dominant driver', () => {
    const same = month({ requests: 5000, runSeconds: 500, memoryMb: 256 })
    const result = decomposeChange(same, same)
    expect(result.parts).toEqual([])
    expect(result.dominant).toBeNull()
  })

  it('the dominant driver points the way the cost moved, even when a larger part pushed the other way', () => {
    // Volume +, duration − (bigger), total −: duration dominates. Volume ×3, duration ÷2: total up, volume dominates.
    const base = month({ requests: 1000, runSeconds: 1000, memoryMb: 1024 })
    expect(decomposeChange(base, month({ requests: 1100, runSeconds: 1100 * 0.5, memoryMb: 1024 })).dominant).toBe(
      'duration',
    )
    expect(decomposeChange(base, month({ requests: 3000, runSeconds: 3000 * 0.5, memoryMb: 1024 })).dominant).toBe(
      'volume',
    )
  })
})

describe('a cost model that does not reproduce a period’s own cost', () => {
  const before = month({ requests: 1_000_000, runSeconds: 100_000, memoryMb: 512 })
  const after = month({ requests: 2_000_000, runSeconds: 200_000, memoryMb: 512 })
  const off = (m: FunctionMonth, usd: string): FunctionMonth => ({
    ...m,
    costUsd: toDecimal(m.costUsd).plus(usd).toFixed(),
  })

  it('fails loudly, naming the period, the stored cost and the model’s', () => {
    expect(new CostModelMismatchError('current', '2', '1').name).toBe('CostModelMismatchError')
    // after: 2,000,000 × $0.0000002 + 100,000 GB-s × $0.0000166667 = $0.4 + $1.66667
    expect(() => decomposeChange(before, off(after, '0.01'))).toThrowError(
      new CostModelMismatchError('current', '2.07667', '2.06667'),
    )
    expect(() => decomposeChange(off(before, '-0.000001'), after)).toThrowError(
      /gives 1\.033335 for the previous period, whose estimated cost is 1\.033334/,
    )
  })

  it('tolerates the rounding of division (up to 1e-18 a period) and nothing more', () => {
    expect(decomposeChange(off(before, '1e-18'), off(after, '-1e-18')).changeUsd).toBe('1.033334999999999998')
    expect(() => decomposeChange(before, off(after, '1.1e-18'))).toThrowError(CostModelMismatchError)
  })

  it('unexplainedChange shows the whole change as one part that says why', () => {
    const stored = off(after, '0.01')
    const result = unexplainedChange(before, stored, new CostModelMismatchError('current', '2.07667', '2.06667'))
    expect(result).toMatchObject({
      previousUsd: '1.033335',
      currentUsd: '2.07667',
      changeUsd: '1.043335',
      dominant: 'unexplained',
    })
    expect(result.parts).toEqual([
      {
        driver: 'unexplained',
        usd: '1.043335',
        sentence:
          'Not split into causes: the cost model gives 2.06667 for the current period, whose stored estimate is 2.07667, so its parts would not add up to this change.',
      },
    ])
    expect(result.current).toMatchObject({
      requests: 2_000_000,
      averageDurationMs: 100,
      retries: 0,
      retryDurationMs: null,
    })
    expect(unexplainedChange(before, before, new CostModelMismatchError('current', '1', '2'))).toMatchObject({
      parts: [],
      dominant: null,
    })
  })
})

describe('retryAttempts', () => {
  it.each([
    [{ requests: 1000, asyncEventsReceived: 0, asyncEventsDropped: 0, errors: 500, maxRetryAttempts: 2 }, 0], // synchronous errors are not retried
    [{ requests: 3000, asyncEventsReceived: 1000, asyncEventsDropped: 1000, errors: 3000, maxRetryAttempts: 2 }, 2000], // every event failed 3 times
    [{ requests: 1500, asyncEventsReceived: 1000, asyncEventsDropped: 0, errors: 500, maxRetryAttempts: 2 }, 500], // 500 failed once, then succeeded
    [{ requests: 1000, asyncEventsReceived: 1000, asyncEventsDropped: 0, errors: 10, maxRetryAttempts: 2 }, 0], // no extra attempts
    [{ requests: 2000, asyncEventsReceived: 1000, asyncEventsDropped: 1000, errors: 2000, maxRetryAttempts: 1 }, 1000],
    // Each bound alone: attempts − events (1,000); events × retries allowed (2,000 with sync traffic beside); errors −
    // events that gave up (500 failed all 3 attempts: 1,500 errors, 1,000 retries; 200 more failed once: 1,700 − 500).
    [{ requests: 6000, asyncEventsReceived: 5000, asyncEventsDropped: 0, errors: 4000, maxRetryAttempts: 2 }, 1000],
    [{ requests: 9000, asyncEventsReceived: 1000, asyncEventsDropped: 0, errors: 8000, maxRetryAttempts: 2 }, 2000],
    [{ requests: 7000, asyncEventsReceived: 5000, asyncEventsDropped: 500, errors: 1700, maxRetryAttempts: 2 }, 1200],
    // More events gave up than errors were counted (metrics from different periods): no retries, not a negative count.
    [{ requests: 1200, asyncEventsReceived: 1000, asyncEventsDropped: 300, errors: 200, maxRetryAttempts: 2 }, 0],
    // Counts from averaged datapoints are not whole: whole attempts only.
    [{ requests: 1500.5, asyncEventsReceived: 1000, asyncEventsDropped: 0, errors: 700.9, maxRetryAttempts: 2 }, 500],
  ])('%o → %i', (input, expected) => {
    expect(retryAttempts(input)).toBe(expected)
  })
})

describe('decomposeChange properties', () => {
  const arbitraryMonth = fc
    .record({
      requests: fc.integer({ min: 0, max: 5_000_000 }),
      secondsPerAttempt: fc.double({ min: 0.001, max: 900, noNaN: true }),
      memoryMb: fc.constantFrom(128, 512, 1024, 1536, 3008, 10_240),
      arm: fc.boolean(),
      errorShare: fc.double({ min: 0, max: 1, noNaN: true }),
      asyncShare: fc.double({ min: 0, max: 1, noNaN: true }),
      pings: fc.option(fc.integer({ min: 0, max: 50_000 })),
      provisioned: fc.constantFrom('0', '12.3456789', '400'),
    })
    .map((m) => {
      const events = Math.floor((m.requests * m.asyncShare) / 3)
      const errors = Math.floor(m.requests * m.errorShare)
      return month({
        requests: m.requests,
        runSeconds: new Decimal(m.secondsPerAttempt).times(m.requests).toDecimalPlaces(3).toFixed(),
        memoryMb: m.memoryMb,
        architecture: m.arm ? 'arm64' : 'x86_64',
        gbSecondPrice: m.arm ? ARM_GB_S : X86_GB_S,
        errors,
        events,
        dropped: Math.min(events, Math.floor(errors / 3)),
        pings: m.pings,
        provisioned: m.provisioned,
      })
    })

  it('the parts always sum exactly to the change, and the dominant driver moved the cost the same way', () => {
    fc.assert(
      fc.property(fc.option(arbitraryMonth), fc.option(arbitraryMonth), (before, after) => {
        const result = decomposeChange(before, after)
        expect(sum(result.parts.map((part) => part.usd)).eq(toDecimal(result.changeUsd))).toBe(true)
        if (toDecimal(result.changeUsd).isZero()) expect(result.dominant).toBeNull()
        else {
          const dominant = result.parts.find((part) => part.driver === result.dominant)!
          expect(toDecimal(dominant.usd).isNegative()).toBe(toDecimal(result.changeUsd).isNegative())
        }
        for (const part of result.parts) expect(part.sentence.length).toBeGreaterThan(10)
      }),
      { numRuns: 500, seed: 20_261_122 },
    )
  })

  it('with unchanged prices and memory, the price and memory parts are zero', () => {
    fc.assert(
      fc.property(arbitraryMonth, fc.integer({ min: 1, max: 4 }), (before, factor) => {
        const after = {
          ...before,
          requests: before.requests * factor,
          gbSeconds: toDecimal(before.gbSeconds).times(factor).toFixed(),
        }
        after.costUsd = toDecimal(after.requests)
          .times(REQUEST)
          .plus(toDecimal(after.gbSeconds).times(toDecimal(after.gbSecondPriceUsd!)))
          .plus(toDecimal(after.provisionedCostUsd))
          .toFixed()
        const drivers = decomposeChange(before, after).parts.map((part) => part.driver)
        expect(drivers).not.toContain('memory')
        expect(drivers).not.toContain('price')
      }),
      { numRuns: 300, seed: 7 },
    )
  })
})
