// CloudWatch → function_metric_daily / function_metric_hourly, then derived data. For each calendar month of
// the window: daily values for every day CloudWatch still keeps, hourly values for the last 14 days, fetched
// for the functions listed in this run (and those deleted since the window began), written in one transaction
// that replaces the month's rows of those functions; derived data for the month is refreshed right after.
import 'server-only'
import { getLambdaMetrics } from '@/lib/aws/cloudwatch/get-metric-data'
import { type IsoDay, dayToDate } from '@/lib/domain/calendar'
import { type DayRange, metricResolutions, splitByMonth } from '@/lib/domain/ingest/plan-windows'
import { refreshDerivedData } from '@/lib/server/derived/refresh-derived-data'
import { replaceDailyMetrics, replaceHourlyMetrics } from '@/lib/server/repositories/replace-function-metrics'
import { extendFirstSnapshots } from '@/lib/server/repositories/write-function-lifecycle'
import { withFactTransaction } from './fact-transaction'
import { type IngestionContext, WINDOW_TRANSACTION, checkCancelled, clientsFor } from './ingestion-context'
import type { ListedFunctions } from './ingest-function-configs'

type Target = { id: number; accountId: string; region: string; name: string; from: IsoDay }

/** `newFunctionsFrom`: in incremental runs, functions without any stored metrics are backfilled from this day. */
export async function ingestMetrics(
  context: IngestionContext,
  listed: ListedFunctions,
  range: DayRange,
  options: { newFunctionsFrom?: IsoDay } = {},
) {
  const { db, tracker } = context
  tracker.progress.phase = 'metrics'
  const targets = await metricTargets(context, listed, range, options.newFunctionsFrom)
  tracker.progress.metrics.functions = targets.length
  const start = targets.reduce((first, target) => (target.from < first ? target.from : first), range.from)
  const pieces = targets.length ? splitByMonth({ from: start, to: range.to }) : []
  tracker.progress.metrics.pieces = pieces.length
  await tracker.flush()

  for (const piece of pieces) {
    checkCancelled(context)
    const groups = groupTargets(targets, piece, context.today)
    for (const group of groups)
      if (group.resolutions.expired)
        tracker.warn(
          `CloudWatch keeps Lambda metrics for 455 days: ${group.resolutions.expired.from}..${group.resolutions.expired.to} has none left to fetch.`,
        )
    const fetched: Fetched[] = []
    for (const group of groups) {
      fetched.push(await fetchGroup(context, group))
      await tracker.flush()
    }
    await tracker.timedWrite(() =>
      withFactTransaction(context.facts, async ({ sql, client }) => {
        for (const { group, daily, hourly } of fetched) {
          const functionIds = group.functions.map((fn) => fn.id)
          if (group.resolutions.daily) {
            await replaceDailyMetrics(client, { functionIds, ...group.resolutions.daily }, daily)
            await extendFirstSnapshots(sql, functionIds, dayToDate(group.resolutions.daily.from))
          }
          if (group.resolutions.hourly)
            await replaceHourlyMetrics(client, { functionIds, ...group.resolutions.hourly }, hourly)
        }
      }),
    )
    // Then, from the committed facts, everything derived for the month.
    const derived = await tracker.timedDerived(() =>
      db.$transaction((tx) => refreshDerivedData(tx, piece), WINDOW_TRANSACTION),
    )
    const dailyRows = fetched.reduce((n, f) => n + f.daily.length, 0)
    const hourlyRows = fetched.reduce((n, f) => n + f.hourly.length, 0)
    tracker.progress.metrics.piecesDone++
    tracker.progress.metrics.dailyRows += dailyRows
    tracker.progress.metrics.hourlyRows += hourlyRows
    tracker.progress.derived.functionCostRows += derived.functionCostRows
    await tracker.flush()
    tracker.say(
      `metrics ${piece.from}..${piece.to}: ${dailyRows} daily and ${hourlyRows} hourly rows for ${new Set(groups.flatMap((g) => g.functions.map((fn) => fn.id))).size} function(s), ` +
        `${tracker.meter.counts.cloudWatch.calls} CloudWatch calls so far`,
    )
  }
  return { refreshed: pieces.length > 0 ? { from: start, to: range.to } : null }
}

async function metricTargets(
  context: IngestionContext,
  listed: ListedFunctions,
  range: DayRange,
  newFunctionsFrom: IsoDay | undefined,
): Promise<Target[]> {
  // Deleted functions keep their metrics in CloudWatch: their last days are still fetched.
  const deleted = listed.accountIds.length
    ? await context.db.$queryRaw<{ id: number; accountId: string; region: string; name: string }[]>`
        SELECT id, account_id AS "accountId", region, name FROM lambda_function
        WHERE account_id = ANY(${listed.accountIds}::text[]) AND region = ANY(${listed.regions}::text[]) AND deleted_at >= ${range.from}::date`
    : []
  const candidates = [
    ...listed.functions.map(({ id, accountId, region, name }) => ({ id, accountId, region, name })),
    ...deleted,
  ]
  if (!newFunctionsFrom) return candidates.map((fn) => ({ ...fn, from: range.from }))
  const withMetrics = new Set(
    (
      await context.db.$queryRaw<
        { function_id: number }[]
      >`SELECT DISTINCT function_id FROM function_metric_daily WHERE function_id = ANY(${candidates.map((fn) => fn.id)}::int4[])`
    ).map((row) => row.function_id),
  )
  return candidates.map((fn) => ({
    ...fn,
    from: withMetrics.has(fn.id) || newFunctionsFrom > range.from ? range.from : newFunctionsFrom,
  }))
}

type Group = ReturnType<typeof groupTargets>[number]
type Fetched = Awaited<ReturnType<typeof fetchGroup>>

async function fetchGroup(context: IngestionContext, group: Group) {
  const request = { region: group.region, functionNames: group.functions.map((fn) => fn.name) }
  const { daily, hourly } = group.resolutions
  const meter = context.tracker.meter
  // CloudWatch answers for the account whose credentials ask: a member account's metrics through its role.
  const aws = clientsFor(context, group.accountId)
  const dailyRows = daily
    ? await getLambdaMetrics(aws, meter, { ...request, range: daily, periodSeconds: 86_400 }, context.signal)
    : []
  const hourlyRows = hourly
    ? await getLambdaMetrics(aws, meter, { ...request, range: hourly, periodSeconds: 3600 }, context.signal)
    : []
  return {
    group,
    daily: dailyRows.map(({ functionIndex, periodStart, ...values }) => ({
      ...values,
      functionId: group.functions[functionIndex]!.id,
      day: periodStart.toISOString().slice(0, 10),
      runId: context.runId,
    })),
    hourly: hourlyRows.map(({ functionIndex, periodStart, ...values }) => ({
      ...values,
      functionId: group.functions[functionIndex]!.id,
      hour: periodStart,
      runId: context.runId,
    })),
  }
}

/** The functions to fetch in a piece, by account, region and the day their window starts within it. */
function groupTargets(targets: Target[], piece: DayRange, today: IsoDay) {
  const groups = new Map<
    string,
    { accountId: string; region: string; resolutions: ReturnType<typeof metricResolutions>; functions: Target[] }
  >()
  for (const target of targets) {
    if (target.from > piece.to) continue
    const from = target.from > piece.from ? target.from : piece.from
    const key = `${target.accountId}|${target.region}|${from}`
    const group = groups.get(key) ?? {
      accountId: target.accountId,
      region: target.region,
      resolutions: metricResolutions({ from, to: piece.to }, today),
      functions: [],
    }
    group.functions.push(target)
    groups.set(key, group)
  }
  return [...groups.values()]
}
