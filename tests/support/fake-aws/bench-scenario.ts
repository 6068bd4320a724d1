// The benchmark account in the scenario language: 2,000 functions in two regions with varied memory,
// architecture and traffic, all created 90 days ago, so 90 days of data exist for each.
import type { FunctionSpec, Scenario } from '../../../lib/domain/demo/scenario-types'

export const BENCH_ACCOUNT = '999999999999'

export function benchScenario(functions = 2_000, days = 90): Scenario {
  const specs: FunctionSpec[] = Array.from({ length: functions }, (_, i) => ({
    name: `bench-fn-${String(i).padStart(4, '0')}`,
    region: i % 3 === 0 ? 'us-east-1' : 'ap-northeast-2',
    config: {
      memoryMb: [128, 256, 512, 1024, 2048][i % 5]!,
      architecture: i % 2 === 0 ? 'arm64' : 'x86_64',
      timeoutSeconds: 30,
      runtime: i % 4 === 0 ? 'python3.13' : 'nodejs22.x',
      // Provisioned concurrency on x86 only: the rate card has no Seoul Arm rate for it.
      provisionedConcurrency: i % 194 === 1 ? 1 : 0,
    },
    traffic: [
      { kind: 'requests', perDay: 200 + ((i * 7919) % 50_000), durationMs: 20 + ((i * 31) % 900), profile: 'flat' },
    ],
    createdDaysAgo: days,
  }))
  return {
    seed: 3,
    months: Math.ceil(days / 28) + 1,
    hourlyDays: 14,
    accounts: [{ id: BENCH_ACCOUNT, name: 'bench', functions: specs, services: [] }],
  }
}
