// Runs one queued ingestion: holds the ingestion lock (one ingestion at a time across all processes), checks
// the AWS credentials, then costs → Lambda configuration → metrics (each month written atomically, derived
// data refreshed with it) → the server inventory, with progress and a heartbeat in the run log. Every failure ends in a `failed`
// run whose message says what to do; data of months not yet written stays as it was.
import 'server-only'
import { CallMeter } from '@/lib/aws/call-meter'
import type { AwsClients } from '@/lib/aws/clients'
import { checkAwsCredentials } from '@/lib/aws/credentials'
import { dateToDay } from '@/lib/domain/calendar'
import { backfillStart } from '@/lib/domain/ingest/plan-windows'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { refreshDerivedData } from '@/lib/server/derived/refresh-derived-data'
import { recordSpendBudgetAlerts } from '@/lib/server/spend-budgets/record-budget-alerts'
import type { IngestionProgress, IngestionSource } from '@/lib/schemas/ingestion'
import { costExplorerSpendToday } from '@/lib/server/stored/cost-explorer-spend'
import { createFactPool } from './fact-transaction'
import { ingestCosts } from './ingest-costs'
import { type ListedFunctions, ingestFunctionConfigs } from './ingest-function-configs'
import { ingestMetrics } from './ingest-metrics'
import { ingestServers } from './ingest-servers'
import { type IngestionContext, type IngestionSettings, WINDOW_TRANSACTION } from './ingestion-context'
import { acquireIngestionLock } from './ingestion-lock'
import { RunTracker } from './run-tracker'
import { sweepStaleRuns } from './sweep-stale-runs'

export type IngestionDeps = {
  db: Db
  databaseUrl: string
  aws: AwsClients
  settings: IngestionSettings
  now?: () => Date
  log?: (line: string) => void
  signal?: AbortSignal
  heartbeatMs?: number
}

export type RunOutcome = {
  id: string
  status: 'succeeded' | 'failed' | 'skipped'
  error: string | null
  warnings: string[]
  progress: IngestionProgress | null
  apiCalls: number
  apiCostUsd: string
}

export async function executeIngestionRun(deps: IngestionDeps, runId: string): Promise<RunOutcome> {
  const log = deps.log ?? (() => {})
  const lock = await acquireIngestionLock(deps.databaseUrl, {
    onWait: () => log('Another ingestion is running; waiting for it to finish…'),
  })
  try {
    // Holding the lock, no other ingestion is alive: a `running` run left over belongs to a dead process.
    const dead = await sweepStaleRuns(deps.db, { staleAfterMs: 0, exceptRunId: runId })
    if (dead.length) log(`Marked ${dead.length} run(s) left running by a stopped process as failed.`)
    const claimed = await deps.db.ingestionRun.updateMany({
      where: { id: runId, status: 'queued' },
      data: { status: 'running', startedAt: clock.now(), heartbeatAt: clock.now() },
    })
    if (claimed.count === 0)
      return {
        id: runId,
        status: 'skipped',
        error: 'The run was not queued (already run or unknown).',
        warnings: [],
        progress: null,
        apiCalls: 0,
        apiCostUsd: '0',
      }
    return await run(deps, runId, log)
  } finally {
    await lock.release()
  }
}

async function run(deps: IngestionDeps, runId: string, log: (line: string) => void): Promise<RunOutcome> {
  const { db } = deps
  const row = await db.ingestionRun.findUniqueOrThrow({ where: { id: runId } })
  const now = deps.now?.() ?? clock.now()
  // Holding the ingestion lock, no other run spends meanwhile: what they spent today is final.
  const spentToday = await costExplorerSpendToday(db, {
    today: dateToDay(now),
    capUsd: deps.settings.costExplorerDailyCapUsd,
    exceptRunId: runId,
  })
  const meter = new CallMeter(deps.settings.costExplorerMaxCalls, { ...spentToday, reservedCalls: 0 })
  const tracker = new RunTracker(db, runId, meter, log)
  const planned = row.progress as IngestionProgress
  tracker.progress.windows = planned.windows
  tracker.progress.incremental = planned.incremental
  const facts = createFactPool(deps.databaseUrl)
  const context: IngestionContext = {
    db,
    facts,
    aws: deps.aws,
    memberClients: new Map(),
    tracker,
    settings: deps.settings,
    runId,
    now,
    today: dateToDay(now),
    signal: deps.signal,
  }
  const runWindow = { from: dateToDay(row.windowFrom), to: dateToDay(row.windowTo) }
  const sources = new Set(row.sources as IngestionSource[])
  tracker.startHeartbeat(deps.heartbeatMs ?? 5_000)
  let error: string | null = null
  try {
    const credentials = await checkAwsCredentials(deps.aws)
    if (!credentials.ok) throw credentials.error
    log(`Ingesting ${runWindow.from}..${runWindow.to} (${[...sources].join(', ')})`)
    const costs =
      sources.has('costs') && planned.windows.costs ? await ingestCosts(context, planned.windows.costs) : null
    let listed: ListedFunctions | null = null
    if (sources.has('lambda')) listed = await ingestFunctionConfigs(context, runWindow, costs?.accounts)
    let refreshed = false
    if (sources.has('metrics') && listed && planned.windows.metrics) {
      const result = await ingestMetrics(context, listed, planned.windows.metrics, {
        newFunctionsFrom: planned.incremental ? backfillStart(context.today) : undefined,
      })
      refreshed = result.refreshed !== null
    }
    if (sources.has('instances')) await ingestServers(context, runWindow, costs?.accounts)
    // The inventory alone changes nothing derived.
    if (!refreshed && (sources.has('costs') || sources.has('lambda') || sources.has('metrics'))) {
      tracker.progress.phase = 'derived'
      const derived = await tracker.timedDerived(() =>
        db.$transaction((tx) => refreshDerivedData(tx, runWindow), WINDOW_TRANSACTION),
      )
      tracker.progress.derived.functionCostRows += derived.functionCostRows
    }
    tracker.progress.phase = 'done'
    const unreconciled = tracker.progress.costs.unreconciled
    if (unreconciled.length) {
      const months = [...new Set(unreconciled.map((entry) => `${entry.from}..${entry.to}`))]
      error =
        `Cost Explorer's daily lines did not add up to its monthly totals for ${months.join(', ')} (see the warnings); ` +
        'those months were not written and keep their stored data. Everything else was ingested. Run it again.'
    }
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught)
    if (!(caught instanceof Error) || caught.name !== 'AwsSourceError') console.error(caught)
  } finally {
    tracker.stopHeartbeat()
    await facts.end()
    for (const clients of context.memberClients.values()) clients.destroy()
  }
  await tracker.flush()
  await db.ingestionRun.update({
    where: { id: runId },
    data: { status: error ? 'failed' : 'succeeded', finishedAt: clock.now(), error },
  })
  // What was written (all of it, or what a failing run wrote before it failed) may reach a spend budget's alert. A
  // failure to judge them is not the run's: it is logged, and the next write judges them again.
  if (sources.has('costs') || sources.has('lambda') || sources.has('metrics'))
    await recordSpendBudgetAlerts(db).catch((caught: unknown) => console.error('[budgets] judging failed:', caught))
  const outcome: RunOutcome = {
    id: runId,
    status: error ? 'failed' : 'succeeded',
    error,
    warnings: tracker.warnings,
    progress: tracker.progress,
    apiCalls: meter.totalCalls(),
    apiCostUsd: meter.costUsd().toFixed(),
  }
  log(
    error
      ? `Ingestion failed: ${error}`
      : `Ingestion succeeded: ${tracker.progress.costs.rows} cost lines, ${tracker.progress.lambda.functions} functions, ` +
          `${tracker.progress.metrics.dailyRows} daily and ${tracker.progress.metrics.hourlyRows} hourly metric rows, ${tracker.progress.servers.servers} servers; ` +
          `${outcome.apiCalls} AWS calls costing $${meter.costUsd().toFixed(4)}${tracker.warnings.length ? `; ${tracker.warnings.length} warning(s)` : ''}`,
  )
  return outcome
}
