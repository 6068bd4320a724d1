import { allInEnglish, inEnglish, verdictInEnglish } from '@/lib/i18n/english-phrase'
import { describe, expect, it } from 'vitest'
import { simulate } from './simulate'
import type { SimulationInput } from './simulation-input'
import { DEFAULT_SCENARIO } from './simulator-reference'

// Issue 15: recommender-embed-user as the demo measured it during its retry storm (Seoul, arm64, 2,048 MB, peak 15
// concurrent requests, 4,910 requests a day at 61.6 s), where a t4g.small is by far the cheapest.
const embedUser: SimulationInput = {
  region: 'ap-northeast-2',
  architecture: 'arm64',
  memoryMb: 2048,
  ephemeralStorageMb: 4096,
  requestsPerDay: 4910,
  avgDurationMs: 61_600,
  peakConcurrency: 15,
  strategies: {
    on_demand: {},
    keep_warm: { intervalMinutes: 1, pingDurationMs: 10_000, concurrency: 1 },
    provisioned_concurrency: { concurrency: 1, hoursPerDay: 24 },
    ec2: { instanceType: 't4g.small' },
  },
}

const byName = (result: ReturnType<typeof simulate>, strategy: string) =>
  result.strategies.find((entry) => entry.strategy === strategy)!

describe('the recommendation: the cheapest strategy that carries the workload', () => {
  it('never recommends an instance too small for the peak, however cheap, and says why it was passed over', () => {
    const result = simulate(embedUser)
    expect(byName(result, 'ec2')).toMatchObject({ viable: false })
    expect(inEnglish(byName(result, 'ec2').reasons[0]!)).toBe(
      'A peak of 15 concurrent requests at 2,048 MB (1 vCPU per 1,769 MB on Lambda) needs about 17.37 vCPUs; t4g.small has 2.',
    )
    expect(result.cheapest).toBe('ec2')
    const viable = result.strategies.filter((entry) => entry.viable)
    const cheapestViable = viable.reduce((best, entry) => (entry.monthlyCostUsd.lt(best.monthlyCostUsd) ? entry : best))
    expect(result.recommended).toBe(cheapestViable.strategy)
    expect(inEnglish(result.recommendedReason)).toBe(
      'The cheapest strategy that carries the workload; EC2 instance would cost less but cannot (its reasons say why).',
    )
    // The answer leads with the recommended strategy, then names the cheaper instance that cannot do the job.
    expect(verdictInEnglish(result.verdict)).not.toMatch(/^A t4g\.small/)
    expect(verdictInEnglish(result.verdict)).toMatch(
      /A t4g\.small instance would cost \$[\d,.]+ a month less but cannot carry the workload: a peak of 15/,
    )
  })

  it('marks provisioned concurrency below the steady concurrency not viable', () => {
    // 2,000,000 requests a day of 500 ms, flat: ~11.6 requests in flight on average.
    const busy: SimulationInput = {
      ...DEFAULT_SCENARIO,
      requestsPerDay: 2_000_000,
      avgDurationMs: 500,
      strategies: { on_demand: {}, provisioned_concurrency: { concurrency: 10, hoursPerDay: 24 } },
    }
    const result = simulate(busy)
    expect(allInEnglish(byName(result, 'provisioned_concurrency').reasons)).toEqual([
      'Provisioned level 10 is below the steady concurrency of ~11.57 (requests in flight on average in the busiest hour): requests spill over to on-demand, and start cold, whenever the function is busy.',
    ])
    expect(
      simulate({ ...busy, strategies: { provisioned_concurrency: { concurrency: 12, hoursPerDay: 24 } } })
        .strategies[0],
    ).toMatchObject({ viable: true, reasons: [] })
  })

  it('recommends nothing when no strategy compared carries the workload, and says so', () => {
    const result = simulate({ ...embedUser, strategies: { ec2: { instanceType: 't4g.small' } } })
    expect(result.recommended).toBeNull()
    expect(inEnglish(result.recommendedReason)).toBe(
      'The only strategy compared does not carry this workload; its reasons say why.',
    )
    const both = simulate({
      ...embedUser,
      strategies: {
        ec2: { instanceType: 't4g.small' },
        keep_warm: { intervalMinutes: 10, pingDurationMs: 50, concurrency: 1 },
      },
    })
    expect(both.recommended).toBeNull()
    expect(inEnglish(both.recommendedReason)).toBe(
      "None of the 2 strategies compared carries this workload; each one's reasons say why.",
    )
    expect(verdictInEnglish(result.verdict)).toMatch(
      /^None of the strategies compared carries this workload\. A t4g\.small instance cannot carry the workload: a peak of 15/,
    )
  })

  it('recommends the cheapest when every strategy is viable, and says it is', () => {
    const result = simulate(DEFAULT_SCENARIO)
    expect(result.strategies.every((entry) => entry.viable)).toBe(true)
    expect(result.recommended).toBe(result.cheapest)
    expect(inEnglish(result.recommendedReason)).toBe(
      'The cheapest of the 4 strategies compared, and it carries the workload.',
    )
  })
})
