// The worker: runs queued ingestion runs one at a time, ticks the schedule (pg-boss's cron, which fires once
// per tick across all instances), re-queues runs left queued by a restart, and sweeps runs whose process died.
import 'server-only'
import type PgBoss from 'pg-boss'
import type { AwsClients } from '@/lib/aws/clients'
import type { Db } from '@/lib/server/db/prisma'
import { type IngestionDeps, executeIngestionRun } from '@/lib/server/ingest/execute-ingestion-run'
import type { IngestionSettings } from '@/lib/server/ingest/ingestion-context'
import { sweepStaleRuns } from '@/lib/server/ingest/sweep-stale-runs'
import {
  INGEST_QUEUE,
  type IngestJob,
  SCHEDULE_QUEUE,
  createBoss,
  enqueueIngestionRun,
  ensureQueues,
} from './ingestion-queue'
import { runScheduledIngestion } from './run-scheduled-ingestion'

export type WorkerOptions = {
  db: Db
  databaseUrl: string
  aws: AwsClients
  settings: IngestionSettings
  /** 5-field cron in UTC, or 'off'. */
  schedule: string
  log: (line: string) => void
  pollingIntervalSeconds?: number
  sweepEveryMs?: number
}

export type IngestionWorker = { boss: PgBoss; stop(): Promise<void> }

export async function startIngestionWorker(options: WorkerOptions): Promise<IngestionWorker> {
  const { db, log } = options
  const shutdown = new AbortController()
  const boss = createBoss(options.databaseUrl, { worker: true })
  boss.on('error', (error) => log(`queue error: ${error.message}`))
  await boss.start()
  await ensureQueues(boss)

  if (options.schedule === 'off') {
    await boss.unschedule(SCHEDULE_QUEUE)
    log('Scheduled ingestion is off (FINOPS_INGEST_SCHEDULE=off).')
  } else {
    await boss.schedule(SCHEDULE_QUEUE, options.schedule, {}, { tz: 'UTC' })
    log(`Scheduled ingestion: "${options.schedule}" (UTC).`)
  }

  const deps: IngestionDeps = {
    db,
    databaseUrl: options.databaseUrl,
    aws: options.aws,
    settings: options.settings,
    log,
    signal: shutdown.signal,
  }
  const polling = { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }
  await boss.work<IngestJob>(INGEST_QUEUE, polling, async ([job]) => {
    if (job) await executeIngestionRun(deps, job.data.runId)
  })
  await boss.work(SCHEDULE_QUEUE, polling, async () => {
    await runScheduledIngestion({
      db,
      aws: options.aws,
      boss,
      costExplorerDailyCapUsd: options.settings.costExplorerDailyCapUsd,
      log,
    })
  })

  const queued = await db.ingestionRun.findMany({ where: { status: 'queued' }, select: { id: true } })
  for (const run of queued) await enqueueIngestionRun(boss, run.id)
  const sweep = async () => {
    const swept = await sweepStaleRuns(db).catch(() => [])
    if (swept.length) log(`Marked ${swept.length} run(s) whose process stopped as failed.`)
  }
  await sweep()
  const sweeper = setInterval(() => void sweep(), options.sweepEveryMs ?? 60_000)
  sweeper.unref()

  return {
    boss,
    async stop() {
      clearInterval(sweeper)
      // A running ingestion stops at its next AWS call; months already written stay.
      shutdown.abort()
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 })
    },
  }
}
