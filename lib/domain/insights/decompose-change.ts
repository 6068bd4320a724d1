// Why a Lambda function's estimated cost changed between two periods, in dollars per driver. The cost model
// is the estimate's own: requests × request price + GB-s × GB-s price + provisioned concurrency, with the
// attempts split into user traffic, keep-warm pings and automatic retries. Attribution is sequential
// substitution in a fixed order (volume, keep-warm, duration, retries, memory, price): each step swaps one
// driver from its previous to its current value, so the parts telescope and sum exactly to the change.
// Retries are billed at the attempt duration of the period that had more of them: when retries grow, duration
// comes first (a retry storm of 90-second failures is a retries story, not a duration one); when they shrink,
// retries come first, so the end of a storm reads as retries going away, the mirror image of its start.
// Retried keep-warm pings are keep-warm traffic (lib/domain/keep-warm/retried-pings.ts): they are attributed where
// retries are, but to Keep-warm, so a storm of failing pings reads as keep-warm, as the keep-warm share, the budget
// and the anomalies read it.
// The parts are only as right as the model: it must reproduce each period's own estimated cost, else the change
// is not split at all (CostModelMismatchError, shown as one "not explained" part by unexplainedChange).
import { RETRIED_PINGS, RETRIED_PINGS_MEANING, retriedPings } from '@/lib/domain/keep-warm/retried-pings'
import { Decimal, type DecimalInput, ZERO, formatUsd, toAmountString, toDecimal } from '@/lib/domain/money'
import { formatQuantity } from '@/lib/domain/pricing/format-formula'

export type FunctionMonth = {
  /** Billed attempts (CloudWatch Invocations counts every attempt, retries included). */
  requests: number
  /** Billed duration in GB-seconds (on-demand, billed INIT and duration on provisioned concurrency). */
  gbSeconds: DecimalInput
  /** Memory in MB, weighted by run time when it changed during the period. */
  memoryMb: number
  architecture: string
  region: string
  /** What this function paid per request and per GB-s (its architecture's and region's rates, storage
   * surcharge included); null when nothing was billed on that meter. */
  requestPriceUsd: DecimalInput | null
  gbSecondPriceUsd: DecimalInput | null
  errors: number
  /** CloudWatch AsyncEventsReceived / AsyncEventsDropped: events, as opposed to attempts. */
  asyncEventsReceived: number
  asyncEventsDropped: number
  maxRetryAttempts: number
  /** Keep-warm pings among the attempts when a keep-warm schedule is known, else null. */
  keepWarmPings: number | null
  /** Configured provisioned concurrency: the other way of keeping environments warm. */
  provisionedCostUsd: DecimalInput
  /** The estimated cost the parts explain. */
  costUsd: DecimalInput
}

export const DRIVERS = [
  'volume',
  'keep_warm',
  'duration',
  'retries',
  'memory',
  'price',
  'new',
  'removed',
  'unexplained',
] as const
export type Driver = (typeof DRIVERS)[number]

export const DRIVER_LABELS: Record<Driver, string> = {
  volume: 'Traffic volume',
  keep_warm: 'Keep-warm',
  duration: 'Duration',
  retries: 'Retries',
  memory: 'Memory',
  price: 'Unit price',
  new: 'New function',
  removed: 'No longer running',
  unexplained: 'Not explained',
}

export type DriverPart = { driver: Driver; usd: string; sentence: string }

export type PeriodFacts = {
  requests: number
  /** Every automatic retry, retried keep-warm pings included. */
  retries: number
  /** Of them, retried keep-warm pings (keep-warm traffic). */
  retriedPings: number
  keepWarmPings: number | null
  errors: number
  averageDurationMs: number | null
  retryDurationMs: number | null
  memoryMb: number
  costUsd: string
}

export type Decomposition = {
  previousUsd: string
  currentUsd: string
  changeUsd: string
  /** Every driver that moved the cost, in attribution order; they sum exactly to `changeUsd`. */
  parts: DriverPart[]
  /** The part that moved the cost most in the direction it went; null when nothing changed. */
  dominant: Driver | null
  previous: PeriodFacts | null
  current: PeriodFacts | null
}

/** How far the model may miss a period's stored cost: the rounding of 40-digit division, nothing more. */
export const MODEL_TOLERANCE_USD = '1e-18'

/** The cost model does not reproduce a period's stored estimate, so its parts would explain the wrong change. */
export class CostModelMismatchError extends Error {
  override readonly name = 'CostModelMismatchError'
  constructor(
    readonly period: 'previous' | 'current',
    readonly costUsd: string,
    readonly modelUsd: string,
  ) {
    super(`The cost model gives ${modelUsd} for the ${period} period, whose estimated cost is ${costUsd}.`)
  }
}

/** Attempts beyond the first for async events, bounded by what CloudWatch shows: attempts − events, events ×
 * retries allowed (none without async events), and errors − events that gave up (each retry follows one failed
 * attempt; the last does not). */
export function retryAttempts(
  month: Pick<FunctionMonth, 'requests' | 'asyncEventsReceived' | 'asyncEventsDropped' | 'errors' | 'maxRetryAttempts'>,
): number {
  const bound = Math.min(
    month.requests - month.asyncEventsReceived,
    month.asyncEventsReceived * month.maxRetryAttempts,
    month.errors - month.asyncEventsDropped,
  )
  return Math.max(0, Math.floor(bound))
}

type Split = {
  user: Decimal
  keepWarm: Decimal
  /** Retried keep-warm pings. */
  keepWarmRetries: Decimal
  /** Retries of everything else. */
  retries: Decimal
  firstSeconds: Decimal | null // per first attempt
  retrySeconds: Decimal | null // per retry
  memoryGb: Decimal | null
  requestPrice: Decimal | null
  gbSecondPrice: Decimal | null
  provisioned: Decimal
}

function secondsOf(month: FunctionMonth): Decimal {
  return month.memoryMb > 0 ? toDecimal(month.gbSeconds).div(toDecimal(month.memoryMb).div(1024)) : ZERO
}

function errorShare(month: FunctionMonth): number {
  return month.requests > 0 ? month.errors / month.requests : 0
}

/**
 * Splits one period's attempts and run time. Retries are assumed to last as long as the failed attempts they
 * repeat; failed attempts get the run time successful attempts do not explain, where successful attempts are
 * assumed to take what an attempt took in the cleaner of the two periods (`baselineSeconds`). Without a
 * baseline (this is the cleaner period) every attempt gets the average.
 */
function split(month: FunctionMonth, baselineSeconds: Decimal | null): Split {
  const requests = toDecimal(month.requests)
  const retries = toDecimal(retryAttempts(month))
  const first = requests.minus(retries)
  const keepWarm = Decimal.min(first, toDecimal(month.keepWarmPings ?? 0))
  const keepWarmRetries = toDecimal(
    retriedPings({ retries: retries.toNumber(), pings: keepWarm.toNumber(), maxRetryAttempts: month.maxRetryAttempts }),
  )
  const seconds = secondsOf(month)
  const used = requests.gt(0)
  const average = used ? seconds.div(requests) : null
  let retrySeconds = average
  // Retries imply errors (retryAttempts is bounded by errors − dropped events), so this divides by at least one.
  if (used && baselineSeconds && retries.gt(0)) {
    const successful = requests.minus(month.errors)
    retrySeconds = Decimal.max(ZERO, seconds.minus(successful.times(baselineSeconds))).div(month.errors)
  }
  const firstSeconds =
    first.gt(0) && retrySeconds ? seconds.minus(retries.times(retrySeconds)).div(first) : retrySeconds
  const gbSeconds = toDecimal(month.gbSeconds)
  return {
    user: first.minus(keepWarm),
    keepWarm,
    keepWarmRetries,
    retries: retries.minus(keepWarmRetries),
    firstSeconds,
    retrySeconds,
    memoryGb: used ? toDecimal(month.memoryMb).div(1024) : null,
    requestPrice: used && month.requestPriceUsd !== null ? toDecimal(month.requestPriceUsd) : null,
    gbSecondPrice: gbSeconds.gt(0) && month.gbSecondPriceUsd !== null ? toDecimal(month.gbSecondPriceUsd) : null,
    provisioned: toDecimal(month.provisionedCostUsd),
  }
}

type State = {
  user: Decimal
  keepWarm: Decimal
  keepWarmRetries: Decimal
  retries: Decimal
  firstSeconds: Decimal
  retrySeconds: Decimal
  memoryGb: Decimal
  requestPrice: Decimal
  gbSecondPrice: Decimal
  provisioned: Decimal
}

function modelCost(s: State): Decimal {
  const first = s.user.plus(s.keepWarm)
  const repeated = s.retries.plus(s.keepWarmRetries)
  const attempts = first.plus(repeated)
  const runSeconds = first.times(s.firstSeconds).plus(repeated.times(s.retrySeconds))
  return attempts.times(s.requestPrice).plus(runSeconds.times(s.memoryGb).times(s.gbSecondPrice)).plus(s.provisioned)
}

// A rate or duration that is undefined in one period (nothing ran) takes the other period's value, so that
// starting or stopping traffic is volume, not a price or duration change. (Durations are undefined together:
// a period that ran has both.)
function pick(own: Decimal | null, other: Decimal | null): Decimal {
  return own ?? other ?? ZERO
}

function state(own: Split, other: Split): State {
  return {
    user: own.user,
    keepWarm: own.keepWarm,
    keepWarmRetries: own.keepWarmRetries,
    retries: own.retries,
    firstSeconds: pick(own.firstSeconds, other.firstSeconds),
    retrySeconds: pick(own.retrySeconds, other.retrySeconds),
    memoryGb: pick(own.memoryGb, other.memoryGb),
    requestPrice: pick(own.requestPrice, other.requestPrice),
    gbSecondPrice: pick(own.gbSecondPrice, other.gbSecondPrice),
    provisioned: own.provisioned,
  }
}

// Stored amounts have 10 decimals; parts keep 20 so that the leftover is exact to add.
const PART_DECIMALS = 20

type StepDriver = 'volume' | 'keep_warm' | 'duration' | 'retries' | 'memory' | 'price'

const STEPS: { driver: StepDriver; keys: (keyof State)[] }[] = [
  { driver: 'volume', keys: ['user'] },
  { driver: 'keep_warm', keys: ['keepWarm', 'provisioned'] },
  { driver: 'duration', keys: ['firstSeconds', 'retrySeconds'] },
  // Retried pings: keep-warm, priced as retries are.
  { driver: 'keep_warm', keys: ['keepWarmRetries'] },
  { driver: 'retries', keys: ['retries'] },
  { driver: 'memory', keys: ['memoryGb'] },
  { driver: 'price', keys: ['requestPrice', 'gbSecondPrice'] },
]

function stepsFor(retriesBefore: Decimal, retriesAfter: Decimal): typeof STEPS {
  if (!retriesAfter.lt(retriesBefore)) return STEPS
  // Fewer retries: both retry steps (retried pings, other retries) before duration.
  const duration = STEPS.find((step) => step.driver === 'duration')!
  const reordered = STEPS.filter((step) => step !== duration)
  reordered.splice(reordered.findIndex((step) => step.driver === 'retries') + 1, 0, duration)
  return reordered
}

function isAbsent(month: FunctionMonth | null): boolean {
  return !month || (month.requests === 0 && toDecimal(month.costUsd).isZero())
}

export function decomposeChange(previous: FunctionMonth | null, current: FunctionMonth | null): Decomposition {
  const before = previous ? toDecimal(previous.costUsd) : ZERO
  const after = current ? toDecimal(current.costUsd) : ZERO
  const change = after.minus(before)
  const result = (
    parts: { driver: Driver; usd: Decimal; sentence: string }[],
    facts: [PeriodFacts | null, PeriodFacts | null],
  ): Decomposition => {
    const moved = parts.filter((part) => !part.usd.isZero())
    return {
      previousUsd: toAmountString(before),
      currentUsd: toAmountString(after),
      changeUsd: toAmountString(change),
      parts: moved.map((part) => ({ driver: part.driver, usd: toAmountString(part.usd), sentence: part.sentence })),
      dominant: dominantDriver(moved, change),
      previous: facts[0],
      current: facts[1],
    }
  }

  if (isAbsent(previous) && isAbsent(current)) return result([], [null, null])
  if (isAbsent(previous)) {
    return result(
      [
        {
          driver: 'new',
          usd: change,
          sentence: `New: no estimated cost in the previous period, ${formatUsd(after)} now.`,
        },
      ],
      [null, facts(current!, null)],
    )
  }
  if (isAbsent(current)) {
    return result(
      [
        {
          driver: 'removed',
          usd: change,
          sentence: `No estimated cost in this period (removed or idle), after ${formatUsd(before)} before.`,
        },
      ],
      [facts(previous!, null), null],
    )
  }

  const prev = previous!
  const cur = current!
  // The cleaner period tells how long a successful attempt takes; the other period's failures get the rest.
  const previousIsBaseline = errorShare(prev) <= errorShare(cur)
  const baseline = previousIsBaseline ? prev : cur
  const baselineSeconds = baseline.requests > 0 ? secondsOf(baseline).div(baseline.requests) : null
  const splitBefore = split(prev, previousIsBaseline ? null : baselineSeconds)
  const splitAfter = split(cur, previousIsBaseline ? baselineSeconds : null)
  const from = state(splitBefore, splitAfter)
  const to = state(splitAfter, splitBefore)
  expectModelReproduces('previous', from, before)
  expectModelReproduces('current', to, after)

  const parts: { driver: Driver; usd: Decimal; sentence: string }[] = []
  let walking = { ...from }
  for (const step of stepsFor(
    splitBefore.retries.plus(splitBefore.keepWarmRetries),
    splitAfter.retries.plus(splitAfter.keepWarmRetries),
  )) {
    const next = { ...walking }
    for (const key of step.keys) next[key] = to[key]
    const usd = modelCost(next).minus(modelCost(walking)).toDecimalPlaces(PART_DECIMALS)
    // One part per driver: keep-warm's two steps (pings, retried pings) add up.
    const same = parts.find((part) => part.driver === step.driver)
    if (same) same.usd = same.usd.plus(usd)
    else parts.push({ driver: step.driver, usd, sentence: sentence(step.driver, from, to, prev, cur) })
    walking = next
  }
  // What is left over (the model's rounding, checked above, and the parts' 20 decimals) joins the largest part
  // so the parts add up exactly.
  const leftover = change.minus(parts.reduce((total, part) => total.plus(part.usd), ZERO))
  const largest = parts.reduce((best, part) => (part.usd.abs().gt(best.usd.abs()) ? part : best), parts.at(-1)!)
  largest.usd = largest.usd.plus(leftover)
  return result(parts, [facts(prev, splitBefore), facts(cur, splitAfter)])
}

function expectModelReproduces(period: 'previous' | 'current', s: State, costUsd: Decimal): void {
  const model = modelCost(s)
  if (model.minus(costUsd).abs().gt(MODEL_TOLERANCE_USD))
    throw new CostModelMismatchError(period, toAmountString(costUsd), toAmountString(model))
}

/** The change as one "not explained" part, for a function whose stored estimates the model does not reproduce. */
export function unexplainedChange(
  previous: FunctionMonth | null,
  current: FunctionMonth | null,
  mismatch: CostModelMismatchError,
): Decomposition {
  const before = previous ? toDecimal(previous.costUsd) : ZERO
  const after = current ? toDecimal(current.costUsd) : ZERO
  const change = after.minus(before)
  const sentence =
    `Not split into causes: the cost model gives ${mismatch.modelUsd} for the ${mismatch.period} period, whose stored estimate is ` +
    `${mismatch.costUsd}, so its parts would not add up to this change.`
  return {
    previousUsd: toAmountString(before),
    currentUsd: toAmountString(after),
    changeUsd: toAmountString(change),
    parts: change.isZero() ? [] : [{ driver: 'unexplained', usd: toAmountString(change), sentence }],
    dominant: change.isZero() ? null : 'unexplained',
    previous: previous ? facts(previous, null) : null,
    current: current ? facts(current, null) : null,
  }
}

function dominantDriver(parts: { driver: Driver; usd: Decimal }[], change: Decimal): Driver | null {
  if (change.isZero()) return null
  const sameWay = parts.filter((part) => part.usd.isNegative() === change.isNegative())
  let best: { driver: Driver; usd: Decimal } | null = null
  for (const part of sameWay) if (!best || part.usd.abs().gt(best.usd.abs())) best = part
  return best?.driver ?? null
}

function facts(month: FunctionMonth, splitMonth: Split | null): PeriodFacts {
  const seconds = secondsOf(month)
  return {
    requests: month.requests,
    retries: retryAttempts(month),
    retriedPings: (splitMonth ?? split(month, null)).keepWarmRetries.toNumber(),
    keepWarmPings: month.keepWarmPings,
    errors: month.errors,
    averageDurationMs:
      month.requests > 0 ? seconds.div(month.requests).times(1000).toDecimalPlaces(2).toNumber() : null,
    retryDurationMs:
      splitMonth?.retrySeconds && splitMonth.retries.plus(splitMonth.keepWarmRetries).gt(0)
        ? splitMonth.retrySeconds.times(1000).toDecimalPlaces(2).toNumber()
        : null,
    memoryMb: Math.round(month.memoryMb * 100) / 100,
    costUsd: toAmountString(toDecimal(month.costUsd)),
  }
}

function count(value: Decimal | number): string {
  return formatQuantity(toDecimal(value).toDecimalPlaces(0))
}

function pct(before: Decimal, after: Decimal): string {
  if (before.isZero()) return ''
  const change = after.minus(before).div(before).times(100).toDecimalPlaces(1)
  return ` (${change.gt(0) ? '+' : ''}${change.toFixed(1)}%)`
}

export function formatDurationMs(milliseconds: number): string {
  return formatDuration(toDecimal(milliseconds).div(1000))
}

export function formatDuration(seconds: Decimal): string {
  if (seconds.lt(1)) return `${seconds.times(1000).toDecimalPlaces(0).toFixed()} ms`
  return `${seconds.toDecimalPlaces(seconds.lt(10) ? 2 : 1).toFixed()} s`
}

function sentence(driver: StepDriver, from: State, to: State, prev: FunctionMonth, cur: FunctionMonth): string {
  switch (driver) {
    case 'volume':
      return `Traffic: ${count(from.user)} → ${count(to.user)} first attempts${pct(from.user, to.user)}.`
    case 'keep_warm': {
      const pings =
        prev.keepWarmPings === null && cur.keepWarmPings === null
          ? 'no keep-warm schedule known'
          : `keep-warm pings ${count(from.keepWarm)} → ${count(to.keepWarm)}`
      const stormier = to.keepWarmRetries.gte(from.keepWarmRetries) ? to : from
      const retried =
        from.keepWarmRetries.isZero() && to.keepWarmRetries.isZero()
          ? ''
          : `; ${RETRIED_PINGS} ${count(from.keepWarmRetries)} → ${count(to.keepWarmRetries)} (${RETRIED_PINGS_MEANING}, each billed like the failed ping it repeats, ~${formatDuration(stormier.retrySeconds)})`
      const provisioned =
        from.provisioned.isZero() && to.provisioned.isZero()
          ? ''
          : `; provisioned concurrency ${formatUsd(from.provisioned)} → ${formatUsd(to.provisioned)}`
      return `Keep-warm: ${pings}${retried}${provisioned}.`
    }
    case 'duration':
      return `Average billed duration per first attempt: ${formatDuration(from.firstSeconds)} → ${formatDuration(to.firstSeconds)}${pct(from.firstSeconds, to.firstSeconds)}.`
    case 'retries':
      return (
        `Automatic retries of failed async events: ${count(from.retries)} → ${count(to.retries)} extra attempts ` +
        `(${count(cur.errors)} errors this period; a retry is billed like the failed attempt it repeats, ~${formatDuration(to.retrySeconds)}).`
      )
    case 'memory':
      return `Memory: ${formatQuantity(from.memoryGb.times(1024).toDecimalPlaces(0))} MB → ${formatQuantity(to.memoryGb.times(1024).toDecimalPlaces(0))} MB (weighted by run time).`
    case 'price':
      return `Unit price per GB-s: $${from.gbSecondPrice.toSignificantDigits(6).toFixed()} → $${to.gbSecondPrice.toSignificantDigits(6).toFixed()} (${prev.architecture} ${prev.region} → ${cur.architecture} ${cur.region}).`
  }
}
