// Labelled scenarios in the demo's scenario language: varied functions (APIs, consumers, pinged models, scheduled
// jobs, nightly batches, dev functions), incidents of every kind at known times (some within the hourly data),
// benign changes that must not alarm, and clean functions.
import type { IsoDay } from '@/lib/domain/calendar'
import { uniform } from '@/lib/domain/demo/noise'
import { resolveDay } from '@/lib/domain/demo/resolve-scenario'
import type { FunctionSpec, HourlyProfile, Incident, RelativeDay, Scenario } from '@/lib/domain/demo/scenario-types'
import type { AnomalyKind } from '../types'

export type GroundTruth = {
  accountId: string
  region: string
  functionName: string
  incident: Incident['kind']
  fromDay: IsoDay
  toDay: IsoDay
  /** The kind a detector should report; null for benign changes, which must not alarm. */
  expected: AnomalyKind | null
  /** Other kinds that describe the same incident truthfully (e.g. a budget overrun caused by retries). */
  related: AnomalyKind[]
  /** The incident starts inside the hourly-data window, so its detection delay is measured hour by hour. */
  inHourlyWindow: boolean
}

export type LabelledScenario = { scenario: Scenario; today: IsoDay; truth: GroundTruth[] }

const PROFILES: HourlyProfile[] = ['business', 'evening', 'flat', 'night']
const REGIONS = ['ap-northeast-2', 'us-east-1']
const COST_KINDS: AnomalyKind[] = ['cost_spike', 'duration_exceeds_wall_clock']

type Archetype = 'api' | 'consumer' | 'pinged_api' | 'pinged_model' | 'scheduled_job' | 'nightly_batch' | 'dev'
const ARCHETYPES: Archetype[] = [
  'api',
  'api',
  'consumer',
  'pinged_api',
  'pinged_model',
  'scheduled_job',
  'nightly_batch',
  'dev',
]

/** One account of `functions` functions; about half get one incident, a few a benign change. */
export function labelledScenario(
  seed: number,
  options: { functions: number; months: number; today: IsoDay; hourlyDays: number },
): LabelledScenario {
  const accountId = String(100_000_000_000 + seed).padStart(12, '0')
  const random = (...key: (string | number)[]) => uniform(seed, 'bench', ...key)
  const pick = <T>(items: readonly T[], ...key: (string | number)[]) =>
    items[Math.floor(random(...key) * items.length)]!
  const between = (low: number, high: number, ...key: (string | number)[]) => low + (high - low) * random(...key)
  const functions: FunctionSpec[] = []
  const truth: GroundTruth[] = []

  for (let index = 0; index < options.functions; index++) {
    const archetype = pick(ARCHETYPES, index, 'archetype')
    const spec = functionOf(
      archetype,
      `${archetype.replace('_', '-')}-${index}`,
      pick(REGIONS, index, 'region'),
      (...key) => random(index, ...key),
      pick(PROFILES, index, 'profile'),
    )
    const roll = random(index, 'incident')
    if (roll < 0.55) {
      const hourly = random(index, 'hourly') < 0.4
      // Hourly incidents start 4-9 days ago (a week of clean hourly history before them); others 3-10 weeks ago.
      const startDaysAgo = hourly
        ? Math.round(between(4, 9, index, 'start'))
        : Math.round(between(21, 70, index, 'start'))
      const incident = incidentFor(archetype, spec, startDaysAgo, (...key) => random(index, 'i', ...key))
      if (incident) {
        spec.incidents = [incident.incident]
        const fromDay = resolveDay(
          incident.incident.kind === 'config_change' ? incident.incident.at : incident.incident.from,
          options.today,
        )
        const toDay =
          'to' in incident.incident
            ? resolveDay(incident.incident.to as RelativeDay, options.today)
            : resolveDay({ daysAgo: 1 }, options.today)
        truth.push({
          accountId,
          region: spec.region,
          functionName: spec.name,
          incident: incident.incident.kind,
          fromDay,
          toDay,
          expected: incident.expected,
          related: incident.related,
          inHourlyWindow: hourly && startDaysAgo <= options.hourlyDays,
        })
      }
    }
    functions.push(spec)
  }
  return {
    scenario: {
      seed,
      months: options.months,
      hourlyDays: options.hourlyDays,
      accounts: [{ id: accountId, name: `bench ${seed}`, functions, services: [] }],
    },
    today: options.today,
    truth,
  }
}

type Random = (...key: (string | number)[]) => number

function functionOf(
  archetype: Archetype,
  name: string,
  region: string,
  random: Random,
  profile: HourlyProfile,
): FunctionSpec {
  const between = (low: number, high: number, key: string) => low + (high - low) * random(key)
  const logBetween = (low: number, high: number, key: string) =>
    Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * random(key))
  const memory = (options: number[]) => options[Math.floor(random('memory') * options.length)]!
  const architecture = random('arch') < 0.6 ? ('arm64' as const) : ('x86_64' as const)
  const runtime = 'nodejs22.x'
  switch (archetype) {
    case 'api':
      return {
        name,
        region,
        config: {
          memoryMb: memory([128, 256, 512, 1024, 1536]),
          architecture,
          timeoutSeconds: 29,
          runtime,
          reservedConcurrency: random('reserved') < 0.3 ? 50 : null,
        },
        traffic: [
          {
            kind: 'requests',
            perDay: Math.round(logBetween(2_000, 600_000, 'volume')),
            durationMs: logBetween(15, 900, 'duration'),
            profile,
            growthPerMonth: between(0, 0.04, 'growth'),
            errorRate: logBetween(0.0005, 0.01, 'errors'),
          },
        ],
      }
    case 'consumer':
      return {
        name,
        region,
        config: {
          memoryMb: memory([256, 512, 1024]),
          architecture,
          timeoutSeconds: 60,
          runtime,
          hasFailureDestination: random('dlq') < 0.5,
        },
        traffic: [
          {
            kind: 'requests',
            perDay: Math.round(logBetween(1_000, 400_000, 'volume')),
            durationMs: logBetween(30, 2_000, 'duration'),
            profile,
            async: true,
          },
        ],
      }
    case 'pinged_api': {
      const every = [2, 3, 4, 5, 10][Math.floor(random('every') * 5)]!
      const pingMs = logBetween(20, 200, 'ping')
      return {
        name,
        region,
        config: { memoryMb: memory([256, 512, 1024]), architecture, timeoutSeconds: 29, runtime },
        traffic: [
          {
            kind: 'requests',
            perDay: Math.round(logBetween(300, 20_000, 'volume')),
            durationMs: logBetween(50, 400, 'duration'),
            profile: profile === 'flat' ? 'business' : profile,
          },
          { kind: 'pings', everyMinutes: every, durationMs: pingMs },
        ],
        budget: { intervalMinutes: every, concurrency: 1, pingDurationMs: Math.round(pingMs * 1.2) },
      }
    }
    case 'pinged_model': {
      const pingMs = logBetween(2_000, 12_000, 'ping')
      const every = random('every') < 0.5 ? 1 : 2
      return {
        name,
        region,
        config: { memoryMb: memory([2048, 3008, 4096]), architecture, timeoutSeconds: 300, runtime: 'python3.13' },
        traffic: [
          {
            kind: 'requests',
            perDay: Math.round(logBetween(500, 8_000, 'volume')),
            durationMs: logBetween(500, 3_000, 'duration'),
            profile: 'business',
            p99Factor: 2.5,
          },
          { kind: 'pings', everyMinutes: every, durationMs: pingMs },
        ],
        budget: { intervalMinutes: every, concurrency: 1, pingDurationMs: Math.round(pingMs * 1.1) },
      }
    }
    case 'scheduled_job':
      return {
        name,
        region,
        config: { memoryMb: memory([256, 512, 1024]), architecture, timeoutSeconds: 600, runtime: 'python3.13' },
        traffic: [
          {
            kind: 'pings',
            everyMinutes: [5, 10, 15, 30, 60][Math.floor(random('every') * 5)]!,
            durationMs: logBetween(1_000, 60_000, 'duration'),
          },
        ],
      }
    case 'nightly_batch':
      return {
        name,
        region,
        config: { memoryMb: memory([512, 1024, 2048]), architecture, timeoutSeconds: 900, runtime: 'python3.13' },
        traffic: [
          {
            kind: 'batch',
            hourUtc: Math.floor(random('hour') * 24),
            jobs: Math.round(between(2, 40, 'jobs')),
            durationMs: logBetween(20_000, 300_000, 'duration'),
          },
        ],
      }
    case 'dev':
      return {
        name,
        region,
        config: { memoryMb: memory([128, 256, 512, 1024]), architecture, timeoutSeconds: 30, runtime },
        traffic: [
          {
            kind: 'sporadic',
            perMonth: Math.round(logBetween(20, 5_000, 'volume')),
            durationMs: logBetween(50, 5_000, 'duration'),
          },
        ],
      }
  }
}

type Injected = { incident: Incident; expected: AnomalyKind | null; related: AnomalyKind[] }

function incidentFor(archetype: Archetype, spec: FunctionSpec, startDaysAgo: number, random: Random): Injected | null {
  const from = { daysAgo: startDaysAgo }
  const span = (low: number, high: number) => ({
    daysAgo: Math.max(1, startDaysAgo - Math.round(low + (high - low) * random('span'))),
  })
  const cause = 'injected by the benchmark'
  const benign = random('benign') < 0.15
  if (benign && (archetype === 'api' || archetype === 'consumer')) {
    return random('which') < 0.5
      ? {
          incident: { kind: 'traffic_growth', from, factor: 1.2 + 0.4 * random('factor'), cause },
          expected: null,
          related: [],
        }
      : {
          incident: {
            kind: 'config_change',
            at: from,
            set: { memoryMb: spec.config.memoryMb * 2 },
            durationFactor: 0.6,
            cause,
          },
          expected: null,
          related: [],
        }
  }
  const factor = (low: number, high: number) => low + (high - low) * random('factor')
  switch (archetype) {
    case 'api':
      switch (Math.floor(random('kind') * 4)) {
        case 0:
          return {
            incident: { kind: 'error_spike', from, to: span(0, 2), errorRate: factor(0.08, 0.5), cause },
            expected: 'error_spike',
            related: [],
          }
        case 1:
          return {
            incident: { kind: 'throttle_spike', from, to: span(0, 1), throttledShare: factor(0.05, 0.3), cause },
            expected: 'throttle_spike',
            related: [],
          }
        case 2:
          return {
            incident: {
              kind: 'duration_regression',
              from,
              to: span(0, 4),
              factor: factor(3, 12),
              appliesTo: 'requests',
              cause,
            },
            expected: 'cost_spike',
            related: COST_KINDS,
          }
        default:
          return {
            incident: { kind: 'invocation_surge', from, to: span(0, 3), factor: factor(3, 10), cause },
            expected: 'cost_spike',
            related: COST_KINDS,
          }
      }
    case 'consumer':
      return {
        incident: {
          kind: 'retry_amplification',
          from,
          to: span(0, 5),
          appliesTo: 'all_async',
          failAfterMs: spec.traffic[0]!.durationMs * factor(1, 4),
          cause,
        },
        expected: 'retry_amplification',
        related: [...COST_KINDS, 'error_spike'],
      }
    case 'pinged_api':
      return {
        incident: {
          kind: 'duration_regression',
          from,
          to: span(1, 6),
          factor: factor(4, 15),
          appliesTo: 'pings',
          cause,
        },
        expected: 'warmup_budget_overrun',
        related: COST_KINDS,
      }
    case 'pinged_model':
      return random('kind') < 0.6
        ? {
            incident: {
              kind: 'retry_amplification',
              from,
              to: span(2, 20),
              appliesTo: 'pings',
              failAfterMs: factor(40_000, 120_000),
              cause,
            },
            expected: 'retry_amplification',
            related: ['warmup_budget_overrun', ...COST_KINDS],
          }
        : {
            incident: {
              kind: 'duration_regression',
              from,
              to: span(1, 8),
              factor: factor(2.5, 8),
              appliesTo: 'pings',
              cause,
            },
            expected: 'warmup_budget_overrun',
            related: COST_KINDS,
          }
    case 'scheduled_job':
      return {
        incident: {
          kind: 'retry_amplification',
          from,
          to: span(0, 6),
          appliesTo: 'pings',
          failAfterMs: factor(2_000, 60_000),
          cause,
        },
        expected: 'retry_amplification',
        related: COST_KINDS,
      }
    case 'nightly_batch':
      return {
        incident: { kind: 'timeout_amplification', from, to: span(1, 5), share: factor(0.2, 0.6), cause },
        expected: 'timeout_amplification',
        related: ['retry_amplification', ...COST_KINDS],
      }
    case 'dev':
      return null
  }
}
