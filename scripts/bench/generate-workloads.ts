// Deterministic, varied workloads for the simulator benchmark: a seeded PRNG (mulberry32), never Math.random.
import { ec2Offers } from '../../lib/domain/pricing/rate-catalog'
import type { SimulationInput } from '../../lib/domain/simulator/simulation-input'
import { mulberry32 } from '../../lib/domain/random'

const MEMORY_MB = [128, 256, 512, 1024, 1536, 2048, 3008, 4096, 10_240]
const FLAT = Array<number>(24).fill(1)
const BUSINESS_HOURS = Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour < 18 ? 10 : 1))
const DIURNAL = Array.from({ length: 24 }, (_, hour) => 1.2 + Math.sin(((hour - 8) / 24) * 2 * Math.PI))

export function generateWorkloads(count: number, seed = 20_260_801): SimulationInput[] {
  const random = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const logUniform = (low: number, high: number) =>
    Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low)))
  return Array.from({ length: count }, () => {
    const region = random() < 0.7 ? 'us-east-1' : 'ap-northeast-2'
    const avgDurationMs = Math.round(logUniform(5, 30_000))
    const profile = random()
    return {
      region,
      architecture: random() < 0.5 ? 'x86_64' : 'arm64',
      memoryMb: pick(MEMORY_MB),
      requestsPerDay: Math.round(logUniform(10, 5_000_000)),
      avgDurationMs,
      p99DurationMs: Math.round(avgDurationMs * (1.5 + 3 * random())),
      hourlyProfile: profile < 0.4 ? FLAT : profile < 0.75 ? BUSINESS_HOURS : DIURNAL,
      initDurationMs: random() < 0.1 ? 60_000 : Math.round(logUniform(100, 5000)),
      includeFreeTier: random() < 0.3,
      strategies: {
        on_demand: {},
        keep_warm: {
          intervalMinutes: pick([1, 4, 5, 10, 15]),
          pingDurationMs: Math.round(logUniform(10, 1000)),
          concurrency: 1 + Math.floor(random() * 20),
        },
        provisioned_concurrency:
          random() < 0.2
            ? {
                weekly: {
                  levels: [
                    { days: [1, 2, 3, 4, 5], fromHour: 9, toHour: 18, concurrency: 1 + Math.floor(random() * 10) },
                  ],
                  baseline: Math.floor(random() * 3),
                },
              }
            : { concurrency: 1 + Math.floor(logUniform(1, 200)), hoursPerDay: pick([8, 12, 24]) },
        ec2: { instanceType: pick(ec2Offers(region)).instanceType },
      },
    }
  })
}
