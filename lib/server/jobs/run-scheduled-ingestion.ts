// One tick of the ingestion schedule. Without AWS credentials (the demo, a laptop) the tick is skipped with
// one log line instead of filling the run log with failures every few hours; a run still queued or running
// makes the tick unnecessary, and so does a day's Cost Explorer spending cap reached. Otherwise an incremental
// run is queued.
import 'server-only'
import type PgBoss from 'pg-boss'
import type { AwsClients } from '@/lib/aws/clients'
import { checkAwsCredentials } from '@/lib/aws/credentials'
import type { Db } from '@/lib/server/db/prisma'
import { DailySpendCapError } from '@/lib/server/ingest/cost-explorer-spend'
import { createIngestionRun } from '@/lib/server/ingest/create-ingestion-run'
import { enqueueIngestionRun } from './ingestion-queue'

export type TickResult = { queued: string } | { skipped: 'no_credentials' | 'run_in_progress' | 'daily_cap' }

export async function runScheduledIngestion(deps: {
  db: Db
  aws: AwsClients
  boss: PgBoss
  costExplorerDailyCapUsd: string
  log: (line: string) => void
}): Promise<TickResult> {
  const credentials = await checkAwsCredentials(deps.aws)
  if (!credentials.ok) {
    deps.log(`Scheduled ingestion skipped: ${credentials.error.message}`)
    return { skipped: 'no_credentials' }
  }
  const active = await deps.db.ingestionRun.findFirst({
    where: { status: { in: ['queued', 'running'] } },
    orderBy: { createdAt: 'asc' },
  })
  if (active) {
    deps.log(`Scheduled ingestion skipped: run ${active.id} is still ${active.status}.`)
    return { skipped: 'run_in_progress' }
  }
  let run
  try {
    run = await createIngestionRun(deps.db, {
      trigger: 'schedule',
      costExplorerDailyCapUsd: deps.costExplorerDailyCapUsd,
    })
  } catch (error) {
    if (!(error instanceof DailySpendCapError)) throw error
    deps.log(`Scheduled ingestion skipped: ${error.message}`)
    return { skipped: 'daily_cap' }
  }
  await enqueueIngestionRun(deps.boss, run.id)
  deps.log(`Scheduled ingestion queued: run ${run.id} for ${run.window.from}..${run.window.to}.`)
  return { queued: run.id }
}
