// The scenario language: a declarative description of an AWS account (functions, their traffic, other
// services, and incidents injected at known times), from which the demo data, the simulated AWS account used
// by tests and benchmarks, and the labelled anomaly scenarios are all generated. Dates are relative to
// "today", so the same scenario always ends at the current month.
import type { FunctionConfig } from '@/lib/domain/functions/function-config'

/** A day relative to today: N days ago, or day D of the month M months before the current one (D may be 'last'). */
export type RelativeDay = { daysAgo: number } | { monthsAgo: number; day: number | 'last' }

export type HourlyProfile = 'flat' | 'business' | 'evening' | 'night'

export type TrafficComponent =
  /** User-facing requests; `growthPerMonth` compounds (0.05 = +5% a month), weekends scaled. */
  | {
      kind: 'requests'
      perDay: number
      durationMs: number
      p99Factor?: number
      errorRate?: number
      profile?: HourlyProfile
      growthPerMonth?: number
      weekendFactor?: number
      async?: boolean
    }
  /** Scheduled keep-warm pings: `fanOut` concurrent asynchronous invocations every `everyMinutes` minutes. */
  | { kind: 'pings'; everyMinutes: number; fanOut?: number; durationMs: number }
  /** A scheduled batch: `jobs` asynchronous invocations at `hourUtc` each day (weekdays only if asked). */
  | { kind: 'batch'; hourUtc: number; jobs: number; durationMs: number; weekdaysOnly?: boolean }
  /** Rare manual use, e.g. a developer's test function: about `perMonth` invocations at random hours. */
  | { kind: 'sporadic'; perMonth: number; durationMs: number }

/** A function's configuration as a scenario writes it: memory, architecture, timeout and runtime; AWS's defaults for the rest. */
export type FunctionConfigSpec = Pick<FunctionConfig, 'memoryMb' | 'architecture' | 'timeoutSeconds'> & {
  runtime: string
} & Partial<FunctionConfig>

export type Incident =
  /** Async events fail after `failAfterMs` and are retried (1 + MaximumRetryAttempts attempts each). */
  | {
      kind: 'retry_amplification'
      from: RelativeDay
      to: RelativeDay
      appliesTo: 'pings' | 'batch' | 'all_async'
      failAfterMs: number
      cause: string
    }
  /** A share of async batch jobs hang until the configured timeout; each attempt is retried. */
  | { kind: 'timeout_amplification'; from: RelativeDay; to: RelativeDay; share: number; cause: string }
  /** Legitimate, lasting growth of user traffic from a day on. */
  | { kind: 'traffic_growth'; from: RelativeDay; factor: number; cause: string }
  /** A deploy that changes the configuration; `durationFactor` scales durations from then on. */
  | { kind: 'config_change'; at: RelativeDay; set: Partial<FunctionConfigSpec>; durationFactor?: number; cause: string }
  /** Errors on user requests (no retries for synchronous calls). */
  | { kind: 'error_spike'; from: RelativeDay; to: RelativeDay; errorRate: number; cause: string }
  /** Requests throttled above a concurrency limit. */
  | { kind: 'throttle_spike'; from: RelativeDay; to: RelativeDay; throttledShare: number; cause: string }
  /** Durations of one kind of traffic multiplied by `factor` for a while (a slow dependency, pings that reload a model). */
  | {
      kind: 'duration_regression'
      from: RelativeDay
      to: RelativeDay
      factor: number
      appliesTo: 'requests' | 'pings'
      cause: string
    }
  /** User requests multiplied by `factor` for a while (a runaway client, a recursive trigger). */
  | { kind: 'invocation_surge'; from: RelativeDay; to: RelativeDay; factor: number; cause: string }

export type KeepWarmBudgetSpec = {
  intervalMinutes: number
  concurrency: number
  pingDurationMs: number
  memoryMb?: number
  note?: string
}

export type FunctionSpec = {
  name: string
  region: string
  config: FunctionConfigSpec
  traffic: TrafficComponent[]
  incidents?: Incident[]
  budget?: KeepWarmBudgetSpec
  /** The function first exists this many days ago (default: from the start of the data). */
  createdDaysAgo?: number
  /** Its tags from the start (as the Resource Groups Tagging API reports them). */
  tags?: Record<string, string>
  /** Later tag changes (a function moving team): the whole tag set from that day on. */
  retags?: { at: RelativeDay; tags: Record<string, string> }[]
}

/** Another service's daily usage line, e.g. EC2 BoxUsage or NAT Gateway hours. */
export type ServiceLineSpec = {
  service: string
  usageType: string
  unit: string
  /** Quantity per day (or per active hour when `schedule` is given) and its list price. */
  quantity: number
  usdPerUnit: string
  /** Day-to-day variation as a fraction (0.05 = ±5%). */
  noise?: number
  growthPerMonth?: number
  /** Runs only in business hours: `hoursPerWeekday` hours on weekdays, none at weekends (story 5). */
  schedule?: { hoursPerWeekday: number }
}

export type AccountSpec = {
  id: string
  name: string
  functions: FunctionSpec[]
  services: ServiceLineSpec[]
}

export type Scenario = {
  seed: number
  /** Months of daily data ending with the current month (13 = the current month and the 12 before). */
  months: number
  /** Days of hourly metrics kept (CloudWatch-style, most recent). */
  hourlyDays: number
  accounts: AccountSpec[]
}
