// The PostgreSQL-backed job queue (pg-boss) between the app, which queues ingestion runs, and the worker
// process, which runs them. A job carries only the run's id; the run itself lives in ingestion_run.
// `stately` queues hold at most one waiting and one active job per key: a run is never queued twice, and a
// schedule tick seen by several instances becomes one job.
import 'server-only'
import PgBoss from 'pg-boss'

export const INGEST_QUEUE = 'finops-ingest'
export const SCHEDULE_QUEUE = 'finops-ingest-schedule'

export type IngestJob = { runId: string }

export function createBoss(databaseUrl: string, options: { worker: boolean }): PgBoss {
  return new PgBoss({
    connectionString: databaseUrl,
    application_name: options.worker ? 'finops-worker' : 'finops-app',
    max: options.worker ? 4 : 2,
    // Only the worker runs pg-boss's maintenance and the cron clock; the app just queues.
    supervise: options.worker,
    schedule: options.worker,
  })
}

export async function ensureQueues(boss: PgBoss) {
  // A run that fails is recorded as failed; pg-boss must not repeat it (and pay for its AWS calls again).
  await boss.createQueue(INGEST_QUEUE, {
    name: INGEST_QUEUE,
    policy: 'stately',
    retryLimit: 0,
    expireInSeconds: 12 * 3600,
  })
  await boss.createQueue(SCHEDULE_QUEUE, {
    name: SCHEDULE_QUEUE,
    policy: 'stately',
    retryLimit: 0,
    expireInSeconds: 12 * 3600,
  })
}

export async function enqueueIngestionRun(boss: PgBoss, runId: string): Promise<void> {
  await boss.send(INGEST_QUEUE, { runId } satisfies IngestJob, { singletonKey: runId })
}

const globalForBoss = globalThis as unknown as { finopsBoss?: Promise<PgBoss> }

/** The app's queue client, started once per server process. */
export function appQueue(databaseUrl: string): Promise<PgBoss> {
  globalForBoss.finopsBoss ??= (async () => {
    const boss = createBoss(databaseUrl, { worker: false })
    boss.on('error', (error) => console.error('[queue]', error.message))
    await boss.start()
    await ensureQueues(boss)
    return boss
  })().catch((error: unknown) => {
    globalForBoss.finopsBoss = undefined
    throw error
  })
  return globalForBoss.finopsBoss
}
