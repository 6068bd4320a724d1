// A small account in the scenario language for the ingestion tests: two accounts, two regions, provisioned
// concurrency, asynchronous retries turned off with a failure destination, a deploy 10 days ago that raised
// memory, a function created 20 days ago, and other services around Lambda. Two months of data.
import type { Scenario } from '../../../lib/domain/demo/scenario-types'

export const TEST_PRODUCTION = '111111111111'
export const TEST_DEVELOPMENT = '222222222222'

export const TEST_SCENARIO: Scenario = {
  seed: 11,
  months: 2,
  hourlyDays: 14,
  accounts: [
    {
      id: TEST_PRODUCTION,
      name: 'test-production',
      functions: [
        {
          name: 'orders-api',
          region: 'ap-northeast-2',
          config: { memoryMb: 512, architecture: 'arm64', timeoutSeconds: 29, runtime: 'nodejs22.x' },
          traffic: [{ kind: 'requests', perDay: 40_000, durationMs: 180, profile: 'evening' }],
          incidents: [
            {
              kind: 'config_change',
              at: { daysAgo: 10 },
              set: { memoryMb: 1024 },
              durationFactor: 0.6,
              cause: 'Memory raised to cut latency.',
            },
          ],
        },
        {
          name: 'checkout-api',
          region: 'ap-northeast-2',
          config: {
            memoryMb: 512,
            architecture: 'x86_64',
            timeoutSeconds: 29,
            runtime: 'nodejs22.x',
            provisionedConcurrency: 2,
            reservedConcurrency: 50,
          },
          traffic: [{ kind: 'requests', perDay: 8_000, durationMs: 220, profile: 'evening' }],
        },
        {
          name: 'nightly-report',
          region: 'us-east-1',
          config: {
            memoryMb: 1024,
            architecture: 'x86_64',
            timeoutSeconds: 600,
            runtime: 'python3.13',
            maxRetryAttempts: 0,
            hasFailureDestination: true,
          },
          traffic: [{ kind: 'batch', hourUtc: 2, jobs: 3, durationMs: 60_000 }],
        },
        {
          name: 'cache-warmer',
          region: 'us-east-1',
          config: { memoryMb: 256, architecture: 'arm64', timeoutSeconds: 10, runtime: 'nodejs22.x' },
          traffic: [{ kind: 'pings', everyMinutes: 5, durationMs: 40 }],
          createdDaysAgo: 20,
        },
      ],
      services: [
        {
          service: 'Amazon Simple Storage Service',
          usageType: 'APN2-TimedStorage-ByteHrs',
          unit: 'GB-Mo',
          quantity: 40,
          usdPerUnit: '0.025',
          noise: 0.05,
        },
        {
          service: 'Amazon Elastic Compute Cloud - Compute',
          usageType: 'APN2-BoxUsage:t4g.small',
          unit: 'Hrs',
          quantity: 1,
          usdPerUnit: '0.0208',
          schedule: { hoursPerWeekday: 12 },
        },
      ],
    },
    {
      id: TEST_DEVELOPMENT,
      name: 'test-development',
      functions: [
        {
          name: 'dev-sandbox',
          region: 'ap-northeast-2',
          config: { memoryMb: 2048, architecture: 'arm64', timeoutSeconds: 60, runtime: 'python3.13' },
          traffic: [{ kind: 'sporadic', perMonth: 300, durationMs: 4_000 }],
        },
      ],
      services: [
        {
          service: 'AmazonCloudWatch',
          usageType: 'APN2-CW:Requests',
          unit: 'Requests',
          quantity: 2_000,
          usdPerUnit: '0.00001',
          noise: 0.1,
        },
      ],
    },
  ],
}
