// The worker process's job: runs queued through pg-boss, the schedule, several workers at once, clean stop.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createAwsClients } from '../../lib/aws/clients'
import { createIngestionRun } from '../../lib/server/ingest/create-ingestion-run'
import { INGEST_QUEUE, SCHEDULE_QUEUE, enqueueIngestionRun } from '../../lib/server/jobs/ingestion-queue'
import { runScheduledIngestion } from '../../lib/server/jobs/run-scheduled-ingestion'
import { type IngestionWorker, startIngestionWorker } from '../../lib/server/jobs/start-ingestion-worker'
import { waitUntil } from '../support/wait-until'
import { type Harness, startHarness } from './helpers/ingestion-harness'
import { fingerprint } from './helpers/table-fingerprint'

let h: Harness
const workers: IngestionWorker[] = []
const logs: string[] = []

async function worker(schedule = 'off'): Promise<IngestionWorker> {
  const started = await startIngestionWorker({
    ...h.deps,
    schedule,
    log: (line) => logs.push(line),
    pollingIntervalSeconds: 0.5,
  })
  workers.push(started)
  return started
}

async function finished(id: string) {
  const run = () => h.database.db.ingestionRun.findUniqueOrThrow({ where: { id } })
  await waitUntil(async () => ['succeeded', 'failed'].includes((await run()).status), `run ${id} to finish`, {
    intervalMs: 200,
  })
  return run()
}

beforeAll(async () => {
  h = await startHarness()
})

afterAll(async () => {
  await h?.close()
})

// Each test starts its own workers, on a fake AWS that has answered nothing yet and does not hang.
beforeEach(() => {
  h.fake.calls.length = 0
  h.fake.faults.hangAfterCalls = undefined
})

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop().catch(() => {})))
})

/** Until no job of the run queue is waiting or running: every delivery of a job has been handled. */
async function queueSettled(boss: IngestionWorker['boss']) {
  await waitUntil(
    async () => (await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0,
    'no job of the run queue to be waiting or running',
    { intervalMs: 200 },
  )
}

describe('the ingestion worker', () => {
  it('runs a queued run once even when two workers see the job and it is queued twice', async () => {
    const [a] = [await worker(), await worker()]
    const window = { from: h.fake.account.dataset.firstDay, to: h.fake.account.dataset.lastDay }
    const run = await createIngestionRun(h.database.db, {
      trigger: 'manual',
      window,
      costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
    })
    await enqueueIngestionRun(a!.boss, run.id)
    await enqueueIngestionRun(a!.boss, run.id)
    expect(await finished(run.id)).toMatchObject({ status: 'succeeded', error: null })
    await queueSettled(a!.boss)
    // Ran once: a second execution would have repeated every Cost Explorer call.
    expect((await h.database.db.ingestionRun.findUniqueOrThrow({ where: { id: run.id } })).apiCalls).toBe(
      h.fake.calls.length,
    )
    expect((await fingerprint(h.database.db)).cost_line_item.rows).toBe(h.fake.account.costLines.length)
  })

  it('registers the schedule, or removes it when FINOPS_INGEST_SCHEDULE is off', async () => {
    const scheduled = await worker('0 */6 * * *')
    expect((await scheduled.boss.getSchedules()).find((s) => s.name === SCHEDULE_QUEUE)).toMatchObject({
      cron: '0 */6 * * *',
    })
    await worker('off')
    expect((await scheduled.boss.getSchedules()).find((s) => s.name === SCHEDULE_QUEUE)).toBeUndefined()
  })

  it('skips a scheduled tick without AWS credentials with one log line and no run, and queues an incremental run with them', async () => {
    const { boss } = await worker()
    const before = await h.database.db.ingestionRun.count()
    const saved = { ...process.env }
    const lines: string[] = []
    try {
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_PROFILE']) delete process.env[name]
      Object.assign(process.env, {
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
        AWS_CONFIG_FILE: '/nonexistent/config',
        AWS_EC2_METADATA_DISABLED: 'true',
      })
      const noCredentials = createAwsClients()
      expect(
        await runScheduledIngestion({
          db: h.database.db,
          aws: noCredentials,
          boss,
          costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
          log: (line) => lines.push(line),
        }),
      ).toEqual({ skipped: 'no_credentials' })
      noCredentials.destroy()
    } finally {
      process.env = saved
    }
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Scheduled ingestion skipped: No AWS credentials found/)
    expect(await h.database.db.ingestionRun.count()).toBe(before)

    const tick = await runScheduledIngestion({
      db: h.database.db,
      aws: h.deps.aws,
      boss,
      costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
      log: (line) => lines.push(line),
    })
    expect(tick).toHaveProperty('queued')
    const run = await finished((tick as { queued: string }).queued)
    expect(run).toMatchObject({ trigger: 'schedule', status: 'succeeded' })
    expect((run.progress as { incremental: boolean }).incremental).toBe(true)
  })

  it('stops cleanly: a run waiting on AWS is cancelled and recorded as failed, saying it can be run again', async () => {
    const w = await worker()
    h.fake.calls.length = 0
    h.fake.faults.hangAfterCalls = 1
    const run = await createIngestionRun(h.database.db, {
      trigger: 'manual',
      window: { from: h.fake.account.dataset.lastDay, to: h.fake.account.dataset.lastDay },
      costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
    })
    await enqueueIngestionRun(w.boss, run.id)
    await waitUntil(() => h.fake.calls.some((call) => call.status === 0), 'the run to reach AWS')
    for (const other of workers.splice(0)) await other.stop()
    const stopped = await finished(run.id)
    expect(stopped.status).toBe('failed')
    expect(stopped.error).toMatch(/cancelled during ce:GetCostAndUsage .* run it again to finish/)
  })
})
