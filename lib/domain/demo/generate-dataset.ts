// Generates the full dataset a scenario describes: functions and their configuration history, daily and
// hourly CloudWatch metrics, and Cost Explorer line items. Lambda line items are derived from the same
// per-function estimates the product computes (metrics × configuration × list price), summed per account,
// region, architecture and meter, with the free tier applied once per account and month in day order,
// so "Cost Explorer's Lambda total = sum over functions − free tier" holds exactly.
import { type IsoDay, addDaysTo, eachDay, monthOf } from '@/lib/domain/calendar'
import type { CostLineFields } from '@/lib/domain/costs/cost-line'
import { configHash } from '@/lib/domain/functions/config-hash'
import type { Architecture, FunctionConfig } from '@/lib/domain/functions/function-config'
import { type Decimal, ZERO, toDecimal } from '@/lib/domain/money'
import { estimateFunctionCost } from '@/lib/domain/pricing/estimate-function-cost'
import { LAMBDA_METER_FACTS } from '@/lib/domain/pricing/lambda-meters'
import { lambdaMeterUsageType } from '@/lib/domain/pricing/lambda-usage-types'
import { costOfMeter } from '@/lib/domain/pricing/line-item'
import { priceAccountMonth } from '@/lib/domain/pricing/price-account-month'
import type { LambdaUsage } from '@/lib/domain/pricing/price-lambda-usage'
import type { LambdaMeter } from '@/lib/domain/pricing/types'
import { parseUsageType } from '@/lib/domain/regions'
import { jitter, keyOf } from './noise'
import { type ResolvedFunction, configOn, dataWindow, resolveDay, resolveFunction } from './resolve-scenario'
import type { AccountSpec, FunctionSpec, Scenario, ServiceLineSpec } from './scenario-types'
import { recordTags, type TagsFrom } from '@/lib/domain/teams/tag-history'
import { type MetricValues, averageDuration, emptyMetrics } from '@/lib/domain/metrics'
import { simulateFunctionDay } from './simulate-function-hour'

export const LAMBDA_SERVICE = 'AWS Lambda'

export type DatasetFunction = {
  key: string
  accountId: string
  region: string
  name: string
  arn: string
  createdDay: IsoDay
  tagHistory: TagsFrom[]
}
export type DatasetConfig = {
  functionKey: string
  validFrom: string
  configHash: string
  cause: string | null
} & FunctionConfig
export type DatasetDailyMetric = { functionKey: string; day: IsoDay } & MetricValues & { durationAvgMs: number | null }
export type DatasetHourlyMetric = { functionKey: string; hour: string } & MetricValues & {
    durationAvgMs: number | null
  }
export type DatasetCostLine = CostLineFields & { recordType: 'Usage'; estimated: boolean }
export type DatasetBudget = {
  functionKey: string
  intervalMinutes: number
  concurrency: number
  pingDurationMs: number
  memoryMb: number | null
  note: string | null
}
export type DatasetIncident = {
  kind: string
  accountId: string
  region: string
  functionName: string
  fromDay: IsoDay
  toDay: IsoDay
  cause: string
}

export type Dataset = {
  firstDay: IsoDay
  lastDay: IsoDay
  hourlyFromDay: IsoDay
  accounts: { id: string; name: string }[]
  functions: DatasetFunction[]
  configs: DatasetConfig[]
  dailyMetrics: DatasetDailyMetric[]
  hourlyMetrics: DatasetHourlyMetric[]
  costLines: DatasetCostLine[]
  budgets: DatasetBudget[]
  incidents: DatasetIncident[]
}

export function generateDataset(scenario: Scenario, today: IsoDay): Dataset {
  const window = dataWindow(scenario, today)
  const dataset: Dataset = {
    firstDay: window.firstDay,
    lastDay: window.lastDay,
    hourlyFromDay: window.hourlyFromDay,
    accounts: [],
    functions: [],
    configs: [],
    dailyMetrics: [],
    hourlyMetrics: [],
    costLines: [],
    budgets: [],
    incidents: [],
  }
  const isEstimated = (day: IsoDay) => monthOf(day) === window.currentMonth || day > addDaysTo(today, -4)
  for (const account of scenario.accounts) {
    dataset.accounts.push({ id: account.id, name: account.name })
    const usage = new UsageLedger()
    for (const spec of account.functions) {
      const fn = resolveFunction(account.id, spec, window)
      addFunction(dataset, fn, window)
      for (const day of eachDay(fn.createdDay, window.lastDay)) {
        const hours = simulateFunctionDay(fn, scenario.seed, day)
        const daily = rollUp(hours)
        if (daily.invocations > 0)
          dataset.dailyMetrics.push({ functionKey: fn.key, day, ...daily, durationAvgMs: averageDuration(daily) })
        if (day >= window.hourlyFromDay) {
          hours.forEach((metrics, hour) => {
            if (metrics.invocations > 0)
              dataset.hourlyMetrics.push({
                functionKey: fn.key,
                hour: `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`,
                ...metrics,
                durationAvgMs: averageDuration(metrics),
              })
          })
        }
        const { config } = configOn(fn, day)
        if (daily.invocations === 0 && config.provisionedConcurrency === 0) continue
        const estimate = estimateFunctionCost({
          region: spec.region,
          metrics: daily,
          config: {
            memoryMb: config.memoryMb,
            architecture: config.architecture,
            ephemeralStorageMb: config.ephemeralStorageMb,
            provisionedConcurrency: config.provisionedConcurrency,
            packageType: config.packageType,
          },
          periodSeconds: 86_400,
          usageDate: day,
        })
        for (const item of estimate.lineItems)
          usage.add(day, spec.region, config.architecture, item.meter as LambdaMeter, item.quantity)
      }
    }
    dataset.costLines.push(...usage.toCostLines(account.id, isEstimated))
    dataset.costLines.push(...serviceLines(account, scenario.seed, window.firstDay, window.lastDay, isEstimated))
  }
  return dataset
}

/** The tags from the function's first day, then each retag from its day (the same day twice: the later wins). */
function tagHistoryOf(spec: FunctionSpec, createdDay: IsoDay, today: IsoDay): TagsFrom[] {
  let history: TagsFrom[] = spec.tags ? [{ from: createdDay, tags: spec.tags }] : []
  for (const retag of spec.retags ?? [])
    history = recordTags(history, { from: resolveDay(retag.at, today), tags: retag.tags })
  return history
}

function addFunction(dataset: Dataset, fn: ResolvedFunction, window: { today: IsoDay }) {
  const { spec } = fn
  dataset.functions.push({
    key: fn.key,
    accountId: fn.accountId,
    region: spec.region,
    name: spec.name,
    arn: `arn:aws:lambda:${spec.region}:${fn.accountId}:function:${spec.name}`,
    createdDay: fn.createdDay,
    tagHistory: tagHistoryOf(spec, fn.createdDay, window.today),
  })
  fn.configs.forEach((period, index) => {
    // Deploys land mid-morning UTC; the first snapshot is when the function appears.
    const validFrom = `${period.from}T${index === 0 ? '00' : '10'}:00:00.000Z`
    dataset.configs.push({
      functionKey: fn.key,
      validFrom,
      configHash: configHash(period.config),
      cause: period.cause,
      ...period.config,
    })
  })
  if (spec.budget) {
    dataset.budgets.push({
      functionKey: fn.key,
      intervalMinutes: spec.budget.intervalMinutes,
      concurrency: spec.budget.concurrency,
      pingDurationMs: spec.budget.pingDurationMs,
      memoryMb: spec.budget.memoryMb ?? null,
      note: spec.budget.note ?? null,
    })
  }
  for (const incident of fn.incidents) {
    dataset.incidents.push({
      kind: incident.kind,
      accountId: fn.accountId,
      region: spec.region,
      functionName: spec.name,
      fromDay: incident.fromDay,
      toDay: incident.toDay,
      cause: incident.cause,
    })
  }
}

/**
 * Sums per-function usage by day, region, architecture and meter, then bills each month of it as AWS does, with
 * priceAccountMonth: the account's free tier drawn once in day order, the tier ladder per region and architecture.
 */
class UsageLedger {
  private readonly entries = new Map<
    string,
    { day: IsoDay; region: string; architecture: Architecture; quantities: Map<LambdaMeter, Decimal> }
  >()

  add(day: IsoDay, region: string, architecture: Architecture, meter: LambdaMeter, quantity: Decimal) {
    const key = `${day}|${region}|${architecture}`
    let entry = this.entries.get(key)
    if (!entry) this.entries.set(key, (entry = { day, region, architecture, quantities: new Map() }))
    entry.quantities.set(meter, (entry.quantities.get(meter) ?? ZERO).plus(quantity))
  }

  toCostLines(accountId: string, isEstimated: (day: IsoDay) => boolean): DatasetCostLine[] {
    const ordered = [...this.entries.values()].sort(
      (a, b) =>
        a.day.localeCompare(b.day) || a.region.localeCompare(b.region) || a.architecture.localeCompare(b.architecture),
    )
    const months = new Map<string, LambdaUsage[]>()
    for (const { day, region, architecture, quantities } of ordered) {
      const usage: LambdaUsage = { region, architecture, usageDate: day, requests: ZERO, durationGbSeconds: ZERO }
      for (const [meter, quantity] of quantities) usage[LAMBDA_METER_FACTS[meter].usageField] = quantity
      const month = months.get(monthOf(day))
      if (month) month.push(usage)
      else months.set(monthOf(day), [usage])
    }
    const lines: DatasetCostLine[] = []
    for (const usages of months.values()) {
      for (const { usage, lineItems } of priceAccountMonth(usages, { includeFreeTier: true, formulas: false })
        .byUsage) {
        const { region, architecture, usageDate: day } = usage
        const quantities = this.entries.get(`${day}|${region}|${architecture}`)!.quantities
        for (const meter of [...quantities.keys()].sort((a, b) => a.localeCompare(b))) {
          const cost = costOfMeter(lineItems, meter).toDecimalPlaces(10).toFixed()
          lines.push({
            day: day!,
            accountId,
            service: LAMBDA_SERVICE,
            usageType: lambdaMeterUsageType(region, architecture, meter),
            region,
            recordType: 'Usage',
            unblendedCost: cost,
            amortizedCost: cost,
            usageQuantity: quantities.get(meter)!.toDecimalPlaces(10).toFixed(),
            usageUnit: LAMBDA_METER_FACTS[meter].costExplorerUnit,
            estimated: isEstimated(day!),
          })
        }
      }
    }
    return lines
  }
}

function serviceLines(
  account: AccountSpec,
  seed: number,
  firstDay: IsoDay,
  lastDay: IsoDay,
  isEstimated: (day: IsoDay) => boolean,
): DatasetCostLine[] {
  const lines: DatasetCostLine[] = []
  for (const spec of account.services) {
    const specKey = keyOf(`${account.id}/${spec.usageType}`)
    eachDay(firstDay, lastDay).forEach((day, index) => {
      const quantity = serviceQuantity(spec, day, index, seed, specKey)
      if (quantity.isZero()) return
      const cost = quantity.times(spec.usdPerUnit).toDecimalPlaces(10).toFixed()
      lines.push({
        day,
        accountId: account.id,
        service: spec.service,
        usageType: spec.usageType,
        region: parseUsageType(spec.usageType).region,
        recordType: 'Usage',
        unblendedCost: cost,
        amortizedCost: cost,
        usageQuantity: quantity.toFixed(),
        usageUnit: spec.unit,
        estimated: isEstimated(day),
      })
    })
  }
  return lines
}

function serviceQuantity(spec: ServiceLineSpec, day: IsoDay, dayIndex: number, seed: number, specKey: number): Decimal {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  const base = spec.schedule
    ? weekday === 0 || weekday === 6
      ? 0
      : spec.quantity * spec.schedule.hoursPerWeekday
    : spec.quantity
  const growth = (1 + (spec.growthPerMonth ?? 0)) ** (dayIndex / 30.44)
  const value = spec.noise ? jitter(base * growth, spec.noise, seed, specKey, dayIndex) : base * growth
  return toDecimal(value.toFixed(6))
}

function rollUp(hours: MetricValues[]): MetricValues {
  const active = hours.filter((hour) => hour.invocations > 0)
  if (active.length === 0) return emptyMetrics()
  const invocations = active.reduce((sum, hour) => sum + hour.invocations, 0)
  const nullableMax = (pick: (hour: MetricValues) => number | null) => {
    const values = active.map(pick).filter((value): value is number => value !== null)
    return values.length ? Math.max(...values) : null
  }
  const total = (pick: (hour: MetricValues) => number) => active.reduce((sum, hour) => sum + pick(hour), 0)
  // A day's p99 is dominated by its busiest hours' p99s; hours with a sliver of the traffic are ignored.
  const p99 = nullableMax((hour) => (hour.invocations >= invocations * 0.02 ? hour.durationP99Ms : null))
  return {
    invocations,
    errors: total((h) => h.errors),
    throttles: total((h) => h.throttles),
    durationSumMs: Math.round(total((h) => h.durationSumMs) * 100) / 100,
    durationMaxMs: nullableMax((h) => h.durationMaxMs),
    durationP99Ms: p99 ?? nullableMax((h) => h.durationP99Ms),
    concurrentExecutionsMax: nullableMax((h) => h.concurrentExecutionsMax),
    provisionedConcurrencyInvocations: total((h) => h.provisionedConcurrencyInvocations),
    provisionedConcurrencySpilloverInvocations: total((h) => h.provisionedConcurrencySpilloverInvocations),
    provisionedConcurrentExecutionsMax: nullableMax((h) => h.provisionedConcurrentExecutionsMax),
    provisionedConcurrencyUtilizationMax: nullableMax((h) => h.provisionedConcurrencyUtilizationMax),
    asyncEventsReceived: total((h) => h.asyncEventsReceived),
    asyncEventsDropped: total((h) => h.asyncEventsDropped),
  }
}
