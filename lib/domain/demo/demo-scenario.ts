// The demo account: a production and a development account in Seoul and N. Virginia, ~40 functions of the
// kinds serverless teams run, other services so breakdowns look real, and the incidents from the mission
// (the keep-warm that tripled, a timeout retried into 45-minute bills, real growth, a memory raise).
import { withDemoTeamTag } from './demo-teams'
import type { AccountSpec, FunctionSpec, Scenario, ServiceLineSpec } from './scenario-types'

export const DEMO_PRODUCTION_ACCOUNT = '123456789012'
export const DEMO_DEVELOPMENT_ACCOUNT = '210987654321'

const SEOUL = 'ap-northeast-2'
const VIRGINIA = 'us-east-1'

const node = 'nodejs22.x'
const python = 'python3.13'

const productionFunctions: FunctionSpec[] = [
  {
    name: 'metadata-api',
    region: SEOUL,
    config: { memoryMb: 256, architecture: 'x86_64', timeoutSeconds: 29, runtime: node },
    traffic: [
      { kind: 'requests', perDay: 180_000, durationMs: 120, profile: 'business', growthPerMonth: 0.01 },
      { kind: 'pings', everyMinutes: 4, durationMs: 40 },
    ],
    budget: { intervalMinutes: 4, concurrency: 1, pingDurationMs: 50, note: 'Zappa-style warmer, every 4 minutes' },
  },
  {
    // Story 1: the model function whose cold start died out of memory and was retried twice, all month.
    name: 'recommender-embed-user',
    region: SEOUL,
    config: { memoryMb: 2048, architecture: 'arm64', timeoutSeconds: 300, runtime: python, ephemeralStorageMb: 4096 },
    traffic: [
      { kind: 'requests', perDay: 3_000, durationMs: 1_400, p99Factor: 2.5, profile: 'business' },
      { kind: 'pings', everyMinutes: 1, durationMs: 9_500 },
    ],
    budget: {
      intervalMinutes: 1,
      concurrency: 1,
      pingDurationMs: 10_000,
      note: 'Keeps the embedding model loaded (1-2 min cold start)',
    },
    incidents: [
      {
        kind: 'retry_amplification',
        from: { monthsAgo: 1, day: 3 },
        to: { monthsAgo: 1, day: 'last' },
        appliesTo: 'pings',
        failAfterMs: 90_000,
        cause:
          'The S3 model file grew past 2 GB: every cold start ran out of memory after ~90 s, and each scheduled ping was retried twice (MaximumRetryAttempts = 2).',
      },
    ],
  },
  {
    name: 'recommender-embed-item',
    region: SEOUL,
    config: { memoryMb: 2048, architecture: 'arm64', timeoutSeconds: 300, runtime: python, ephemeralStorageMb: 4096 },
    traffic: [
      { kind: 'requests', perDay: 2_500, durationMs: 1_300, p99Factor: 2.5, profile: 'business' },
      { kind: 'pings', everyMinutes: 1, durationMs: 9_000 },
    ],
    budget: { intervalMinutes: 1, concurrency: 1, pingDurationMs: 10_000, note: 'Keeps the embedding model loaded' },
  },
  {
    // Legitimate growth: marketing launch three months ago on top of steady monthly growth.
    name: 'orders-api',
    region: SEOUL,
    config: { memoryMb: 512, architecture: 'arm64', timeoutSeconds: 29, runtime: node },
    traffic: [{ kind: 'requests', perDay: 300_000, durationMs: 180, profile: 'evening', growthPerMonth: 0.04 }],
    incidents: [
      {
        kind: 'traffic_growth',
        from: { monthsAgo: 3, day: 10 },
        factor: 1.45,
        cause: 'Spring campaign launch: more orders, same duration and error rate.',
      },
    ],
  },
  {
    name: 'checkout-api',
    region: SEOUL,
    config: { memoryMb: 512, architecture: 'x86_64', timeoutSeconds: 29, runtime: node, provisionedConcurrency: 2 },
    traffic: [{ kind: 'requests', perDay: 40_000, durationMs: 220, profile: 'evening' }],
  },
  {
    // Story 3: keep N warm by fanning out concurrent pings that each sleep ~100 ms.
    name: 'search-api',
    region: SEOUL,
    config: { memoryMb: 1536, architecture: 'x86_64', timeoutSeconds: 29, runtime: node },
    traffic: [
      { kind: 'requests', perDay: 50_000, durationMs: 250, profile: 'business' },
      { kind: 'pings', everyMinutes: 4, fanOut: 10, durationMs: 110 },
    ],
    budget: {
      intervalMinutes: 4,
      concurrency: 10,
      pingDurationMs: 120,
      note: 'Fan-out warmer holding 10 environments',
    },
  },
  {
    // A deploy that raised memory: faster, but more expensive per request.
    name: 'image-resizer',
    region: SEOUL,
    config: { memoryMb: 512, architecture: 'x86_64', timeoutSeconds: 60, runtime: node },
    traffic: [{ kind: 'requests', perDay: 20_000, durationMs: 800, profile: 'business', async: true }],
    incidents: [
      {
        kind: 'config_change',
        at: { monthsAgo: 5, day: 12 },
        set: { memoryMb: 1536 },
        durationFactor: 0.56,
        cause: 'Memory raised from 512 MB to 1536 MB to cut resize latency.',
      },
    ],
  },
  {
    // A nightly report per tenant; recently a downstream hang makes a third of them hit the 15-minute timeout.
    name: 'nightly-tenant-report',
    region: SEOUL,
    config: { memoryMb: 1024, architecture: 'x86_64', timeoutSeconds: 900, runtime: python },
    traffic: [{ kind: 'batch', hourUtc: 17, jobs: 24, durationMs: 240_000 }],
    incidents: [
      {
        kind: 'timeout_amplification',
        from: { daysAgo: 6 },
        to: { daysAgo: 1 },
        share: 0.34,
        cause:
          'The reporting database stopped answering for some tenants: those jobs hang until the 15-minute timeout and are retried twice (45 billed minutes each).',
      },
    ],
  },
  {
    name: 'billing-export',
    region: SEOUL,
    config: {
      memoryMb: 1024,
      architecture: 'arm64',
      timeoutSeconds: 600,
      runtime: python,
      hasFailureDestination: true,
    },
    traffic: [{ kind: 'batch', hourUtc: 18, jobs: 1, durationMs: 95_000 }],
  },
  {
    name: 'user-events-consumer',
    region: SEOUL,
    config: { memoryMb: 256, architecture: 'arm64', timeoutSeconds: 30, runtime: node, hasFailureDestination: true },
    traffic: [{ kind: 'requests', perDay: 900_000, durationMs: 40, profile: 'evening', async: true }],
  },
  {
    name: 'auth-authorizer',
    region: SEOUL,
    config: { memoryMb: 128, architecture: 'arm64', timeoutSeconds: 10, runtime: node },
    traffic: [{ kind: 'requests', perDay: 450_000, durationMs: 15, profile: 'evening' }],
  },
  {
    name: 'notification-sender',
    region: SEOUL,
    config: { memoryMb: 256, architecture: 'arm64', timeoutSeconds: 30, runtime: node, hasFailureDestination: true },
    traffic: [{ kind: 'requests', perDay: 60_000, durationMs: 180, profile: 'evening', async: true }],
  },
  {
    name: 'thumbnail-generator',
    region: SEOUL,
    config: { memoryMb: 1024, architecture: 'arm64', timeoutSeconds: 60, runtime: node },
    traffic: [{ kind: 'requests', perDay: 8_000, durationMs: 650, profile: 'business', async: true }],
  },
  {
    name: 'pdf-renderer',
    region: SEOUL,
    config: {
      memoryMb: 2048,
      architecture: 'x86_64',
      timeoutSeconds: 120,
      runtime: 'provided.al2023',
      packageType: 'Image',
    },
    traffic: [{ kind: 'requests', perDay: 1_500, durationMs: 3_200, profile: 'business' }],
  },
  {
    name: 'webhook-receiver',
    region: SEOUL,
    config: { memoryMb: 256, architecture: 'arm64', timeoutSeconds: 15, runtime: node },
    traffic: [{ kind: 'requests', perDay: 25_000, durationMs: 60, profile: 'flat', errorRate: 0.002 }],
    incidents: [
      {
        kind: 'error_spike',
        from: { monthsAgo: 2, day: 14 },
        to: { monthsAgo: 2, day: 15 },
        errorRate: 0.35,
        cause: 'A partner rotated its signing secret: a third of webhooks failed signature checks for two days.',
      },
    ],
  },
  {
    name: 'session-cleanup',
    region: SEOUL,
    config: { memoryMb: 512, architecture: 'arm64', timeoutSeconds: 300, runtime: python },
    traffic: [{ kind: 'pings', everyMinutes: 60, durationMs: 12_000 }],
  },
  {
    name: 'data-sync',
    region: SEOUL,
    config: { memoryMb: 512, architecture: 'arm64', timeoutSeconds: 600, runtime: python },
    traffic: [{ kind: 'pings', everyMinutes: 15, durationMs: 21_000 }],
  },
  {
    name: 'log-shipper',
    region: SEOUL,
    config: { memoryMb: 256, architecture: 'arm64', timeoutSeconds: 60, runtime: node },
    traffic: [{ kind: 'requests', perDay: 144_000, durationMs: 90, profile: 'flat' }],
  },
  {
    name: 'feature-flags-api',
    region: VIRGINIA,
    config: { memoryMb: 256, architecture: 'arm64', timeoutSeconds: 10, runtime: node },
    traffic: [
      { kind: 'requests', perDay: 500, durationMs: 100, profile: 'business' },
      { kind: 'pings', everyMinutes: 4, durationMs: 35 },
    ],
  },
  {
    name: 'edge-geo-api',
    region: VIRGINIA,
    config: { memoryMb: 512, architecture: 'arm64', timeoutSeconds: 10, runtime: node },
    traffic: [{ kind: 'requests', perDay: 70_000, durationMs: 45, profile: 'night' }],
  },
  {
    name: 'cloudfront-log-parser',
    region: VIRGINIA,
    config: { memoryMb: 1024, architecture: 'arm64', timeoutSeconds: 120, runtime: python },
    traffic: [{ kind: 'requests', perDay: 288, durationMs: 14_000, profile: 'flat', async: true }],
  },
  {
    name: 'ses-bounce-handler',
    region: VIRGINIA,
    config: { memoryMb: 256, architecture: 'arm64', timeoutSeconds: 30, runtime: node, hasFailureDestination: true },
    traffic: [{ kind: 'requests', perDay: 900, durationMs: 70, profile: 'flat', async: true }],
  },
  {
    name: 'cognito-trigger',
    region: VIRGINIA,
    config: { memoryMb: 256, architecture: 'arm64', timeoutSeconds: 5, runtime: node, reservedConcurrency: 20 },
    traffic: [{ kind: 'requests', perDay: 6_000, durationMs: 110, profile: 'night' }],
    incidents: [
      {
        kind: 'throttle_spike',
        from: { monthsAgo: 4, day: 20 },
        to: { monthsAgo: 4, day: 20 },
        throttledShare: 0.2,
        cause: 'A sign-up burst hit the reserved concurrency of 20.',
      },
    ],
  },
  {
    name: 's3-virus-scan',
    region: VIRGINIA,
    config: { memoryMb: 3008, architecture: 'x86_64', timeoutSeconds: 300, runtime: python, ephemeralStorageMb: 2048 },
    traffic: [{ kind: 'requests', perDay: 400, durationMs: 9_000, profile: 'business', async: true }],
  },
]

const devFunction = (
  name: string,
  region: string,
  memoryMb: number,
  perMonth: number,
  durationMs: number,
): FunctionSpec => ({
  name,
  region,
  config: { memoryMb, architecture: 'arm64', timeoutSeconds: 30, runtime: node },
  traffic: [{ kind: 'sporadic', perMonth, durationMs }],
})

const developmentFunctions: FunctionSpec[] = [
  {
    name: 'dev-metadata-api',
    region: SEOUL,
    config: { memoryMb: 256, architecture: 'x86_64', timeoutSeconds: 29, runtime: node },
    traffic: [
      { kind: 'requests', perDay: 2_000, durationMs: 130, profile: 'business', weekendFactor: 0.1 },
      // A warmer copied from production and never switched off.
      { kind: 'pings', everyMinutes: 5, durationMs: 45 },
    ],
  },
  {
    name: 'dev-recommender-embed-user',
    region: SEOUL,
    config: { memoryMb: 2048, architecture: 'arm64', timeoutSeconds: 300, runtime: python },
    traffic: [{ kind: 'sporadic', perMonth: 400, durationMs: 25_000 }],
  },
  {
    name: 'dev-orders-api',
    region: SEOUL,
    config: { memoryMb: 512, architecture: 'arm64', timeoutSeconds: 29, runtime: node },
    traffic: [{ kind: 'requests', perDay: 3_000, durationMs: 190, profile: 'business', weekendFactor: 0.05 }],
  },
  {
    name: 'dev-checkout-api',
    region: SEOUL,
    config: { memoryMb: 512, architecture: 'x86_64', timeoutSeconds: 29, runtime: node },
    traffic: [{ kind: 'requests', perDay: 800, durationMs: 230, profile: 'business', weekendFactor: 0.05 }],
  },
  {
    name: 'dev-search-api',
    region: SEOUL,
    config: { memoryMb: 1536, architecture: 'x86_64', timeoutSeconds: 29, runtime: node },
    traffic: [{ kind: 'requests', perDay: 600, durationMs: 270, profile: 'business', weekendFactor: 0.05 }],
  },
  {
    name: 'dev-image-resizer',
    region: SEOUL,
    config: { memoryMb: 1536, architecture: 'x86_64', timeoutSeconds: 60, runtime: node },
    traffic: [{ kind: 'sporadic', perMonth: 900, durationMs: 500 }],
  },
  {
    name: 'dev-nightly-tenant-report',
    region: SEOUL,
    config: { memoryMb: 1024, architecture: 'x86_64', timeoutSeconds: 900, runtime: python },
    traffic: [{ kind: 'batch', hourUtc: 17, jobs: 2, durationMs: 200_000, weekdaysOnly: true }],
  },
  devFunction('dev-user-events-consumer', SEOUL, 256, 30_000, 45),
  devFunction('dev-notification-sender', SEOUL, 256, 3_000, 170),
  devFunction('dev-webhook-receiver', SEOUL, 256, 1_500, 65),
  devFunction('sandbox-jiwon-experiment', SEOUL, 1024, 40, 4_000),
  { ...devFunction('sandbox-llm-prototype', SEOUL, 4096, 60, 30_000), createdDaysAgo: 75 },
  devFunction('dev-feature-flags-api', VIRGINIA, 256, 2_000, 100),
  devFunction('dev-edge-geo-api', VIRGINIA, 512, 5_000, 50),
  devFunction('dev-cognito-trigger', VIRGINIA, 256, 300, 120),
  { ...devFunction('tmp-migration-script', VIRGINIA, 1024, 20, 60_000), createdDaysAgo: 40 },
]

const line = (
  service: string,
  usageType: string,
  unit: string,
  quantity: number,
  usdPerUnit: string,
  extra: Partial<ServiceLineSpec> = {},
): ServiceLineSpec => ({
  service,
  usageType,
  unit,
  quantity,
  usdPerUnit,
  noise: 0.04,
  ...extra,
})

const EC2 = 'Amazon Elastic Compute Cloud - Compute'
const EC2_OTHER = 'EC2 - Other'
const RDS = 'Amazon Relational Database Service'
const S3 = 'Amazon Simple Storage Service'
const CLOUDWATCH = 'AmazonCloudWatch'
const CE = 'AWS Cost Explorer'
const DYNAMODB = 'Amazon DynamoDB'

const productionServices: ServiceLineSpec[] = [
  line(EC2, 'APN2-BoxUsage:m6g.large', 'Hrs', 72, '0.094', { noise: 0 }),
  line(EC2, 'APN2-BoxUsage:t4g.medium', 'Hrs', 48, '0.0416', { noise: 0 }),
  line(EC2_OTHER, 'APN2-NatGateway-Hours', 'Hrs', 48, '0.059', { noise: 0 }),
  line(EC2_OTHER, 'APN2-NatGateway-Bytes', 'GB', 38, '0.059', { growthPerMonth: 0.02 }),
  line(EC2_OTHER, 'APN2-EBS:VolumeUsage.gp3', 'GB-Mo', 20, '0.0912', { noise: 0 }),
  line(RDS, 'APN2-InstanceUsage:db.r6g.large', 'Hrs', 24, '0.26', { noise: 0 }),
  line(RDS, 'APN2-RDS:GP3-Storage', 'GB-Mo', 6.7, '0.131', { noise: 0, growthPerMonth: 0.01 }),
  line(S3, 'APN2-TimedStorage-ByteHrs', 'GB-Mo', 45, '0.025', { growthPerMonth: 0.03, noise: 0.01 }),
  line(S3, 'APN2-Requests-Tier1', 'Requests', 180_000, '0.0000045'),
  line(DYNAMODB, 'APN2-PayPerRequestThroughput', 'WriteRequestUnits', 1_600_000, '0.000001406'),
  line(CLOUDWATCH, 'APN2-DataProcessing-Bytes', 'GB', 2.8, '0.76', { growthPerMonth: 0.01 }),
  line(CLOUDWATCH, 'APN2-CW:MetricMonitorUsage', 'Metrics', 4, '0.3', { noise: 0 }),
  line(EC2, 'BoxUsage:t4g.small', 'Hrs', 24, '0.0168', { noise: 0 }),
  line(S3, 'TimedStorage-ByteHrs', 'GB-Mo', 12, '0.023', { noise: 0.01 }),
  line(CLOUDWATCH, 'DataProcessing-Bytes', 'GB', 0.4, '0.5'),
  line(CE, 'USE1-APIRequest', 'Requests', 12, '0.01', { noise: 0 }),
]

const developmentServices: ServiceLineSpec[] = [
  // Story 5: development servers that run 09:30-22:00 on weekdays only.
  line(EC2, 'APN2-BoxUsage:t4g.small', 'Hrs', 3, '0.0208', { noise: 0, schedule: { hoursPerWeekday: 12.5 } }),
  line(RDS, 'APN2-InstanceUsage:db.t4g.medium', 'Hrs', 1, '0.094', { noise: 0, schedule: { hoursPerWeekday: 12.5 } }),
  line(EC2_OTHER, 'APN2-NatGateway-Hours', 'Hrs', 24, '0.059', { noise: 0 }),
  line(EC2_OTHER, 'APN2-NatGateway-Bytes', 'GB', 3, '0.059'),
  line(S3, 'APN2-TimedStorage-ByteHrs', 'GB-Mo', 8, '0.025', { noise: 0.01 }),
  line(CLOUDWATCH, 'APN2-DataProcessing-Bytes', 'GB', 0.6, '0.76'),
]

const accounts: AccountSpec[] = [
  {
    id: DEMO_PRODUCTION_ACCOUNT,
    name: 'acme-production (demo)',
    functions: productionFunctions.map(withDemoTeamTag),
    services: productionServices,
  },
  {
    id: DEMO_DEVELOPMENT_ACCOUNT,
    name: 'acme-development (demo)',
    functions: developmentFunctions.map(withDemoTeamTag),
    services: developmentServices,
  },
]

export const DEMO_SCENARIO: Scenario = { seed: 20_260_201, months: 13, hourlyDays: 14, accounts }
