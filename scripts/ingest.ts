// `npm run ingest -- --from YYYY-MM-DD --to YYYY-MM-DD`: ingest a window (inclusive) from AWS now, in this
// process; without a window, incrementally (what is missing, plus the days AWS still restates). Joins the
// running embedded PostgreSQL or starts one. Prints a line per source and a summary; exits 1 on failure.
import 'dotenv/config'
import { createAwsClients } from '@/lib/aws/clients'
import { env } from '@/lib/env'
import { clock } from '@/lib/server/clock'
import { openDatabase } from '@/lib/server/db/open-database'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { createIngestionRun } from '@/lib/server/ingest/create-ingestion-run'
import { executeIngestionRun } from '@/lib/server/ingest/execute-ingestion-run'
import { ingestionSettings } from '@/lib/server/ingest/ingestion-context'
import { parseIngestArgs } from './lib/parse-ingest-args'
import { runScript } from './lib/run-script'

const log = (line: string) => console.log(`[ingest] ${line}`)

async function main(): Promise<number> {
  let args
  try {
    args = parseIngestArgs(process.argv.slice(2), clock.today())
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  const config = env()
  const database = await openDatabase()
  const db = createPrismaClient(database.url)
  const aws = createAwsClients()
  const cancel = new AbortController()
  const stop = () => {
    log('Stopping: the month being fetched is not written; finished months stay.')
    cancel.abort()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    log(`Database: ${database.description}`)
    await runMigrations(database.url)
    const run = await createIngestionRun(db, {
      trigger: 'cli',
      window: args.window,
      sources: args.sources,
      costExplorerDailyCapUsd: config.FINOPS_CE_MAX_USD_PER_DAY,
    })
    log(`${run.deduplicated ? 'Joining the queued run' : 'Run'} ${run.id}: ${run.window.from}..${run.window.to}`)
    const outcome = await executeIngestionRun(
      {
        db,
        databaseUrl: database.url,
        aws,
        settings: ingestionSettings(config),
        log,
        signal: cancel.signal,
      },
      run.id,
    )
    if (outcome.status === 'skipped') {
      // Another process ran it: report how that ended.
      const finished = await db.ingestionRun.findUniqueOrThrow({ where: { id: run.id } })
      log(`Run ${run.id} was run by another process: ${finished.status}${finished.error ? ` (${finished.error})` : ''}`)
      return finished.status === 'succeeded' ? 0 : 1
    }
    return outcome.status === 'succeeded' ? 0 : 1
  } finally {
    aws.destroy()
    await db.$disconnect()
    await database.stop()
  }
}

runScript(main)
