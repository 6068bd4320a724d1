// The ingestion worker process (`npm start` runs it next to the dashboard; `npm run worker` runs it alone):
// executes queued ingestion runs and the schedule (FINOPS_INGEST_SCHEDULE). SIGINT/SIGTERM stop it cleanly:
// a run in progress stops at its next AWS call and is recorded as failed; finished months stay.
import 'dotenv/config'
import { createAwsClients } from '@/lib/aws/clients'
import { env } from '@/lib/env'
import { openDatabase } from '@/lib/server/db/open-database'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { ingestionSettings } from '@/lib/server/ingest/ingestion-context'
import { startIngestionWorker } from '@/lib/server/jobs/start-ingestion-worker'
import { runScript } from './lib/run-script'

const log = (line: string) => console.log(`[worker] ${line}`)

async function main() {
  const config = env()
  const database = await openDatabase()
  await runMigrations(database.url)
  const db = createPrismaClient(database.url)
  const aws = createAwsClients()
  const worker = await startIngestionWorker({
    db,
    databaseUrl: database.url,
    aws,
    settings: ingestionSettings(config),
    schedule: config.FINOPS_INGEST_SCHEDULE,
    log,
  })
  log('Ready: waiting for ingestion runs.')
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    log('Stopping…')
    await worker.stop().catch((error: unknown) => log(`stop: ${(error as Error).message}`))
    aws.destroy()
    await db.$disconnect()
    await database.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

runScript(main)
