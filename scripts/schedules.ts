// `npm run schedules -- run-due [--now <ISO 8601>]`: performs what every schedule has due in the 5 minutes up to
// and including that instant (default now) against the configured AWS endpoints, waits for the chains, prints one
// line per action, and exits 0 when every action succeeded (or was a dry run, or was already done), 1 otherwise,
// 2 on bad arguments. For tests, and for people who prefer cron.
import 'dotenv/config'
import { createAwsClients } from '@/lib/aws/clients'
import { env } from '@/lib/env'
import { clock } from '@/lib/server/clock'
import { openDatabase } from '@/lib/server/db/open-database'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { runDue } from '@/lib/server/schedules/run-due'
import { parseSchedulesArgs } from './lib/parse-schedules-args'
import { runScript } from './lib/run-script'

async function main(): Promise<number> {
  let args
  try {
    args = parseSchedulesArgs(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  const config = env()
  const database = await openDatabase()
  const db = createPrismaClient(database.url)
  const aws = createAwsClients()
  try {
    await runMigrations(database.url)
    const now = args.now ?? clock.now()
    const result = await runDue({
      db,
      aws,
      now,
      memberRoleName: config.FINOPS_AWS_MEMBER_ROLE_NAME,
      wait: { maxWaitSeconds: config.FINOPS_SCHEDULE_WAIT_SECONDS, pollSeconds: config.FINOPS_SCHEDULE_POLL_SECONDS },
      startRetry: {
        attempts: config.FINOPS_SCHEDULE_START_ATTEMPTS,
        delaySeconds: config.FINOPS_SCHEDULE_RETRY_SECONDS,
      },
      trigger: 'cli',
      log: (line) => console.log(line),
    })
    if (result.outcomes.length === 0) console.log(`nothing due in the 5 minutes up to ${now.toISOString()}`)
    return result.ok ? 0 : 1
  } finally {
    aws.destroy()
    await db.$disconnect()
    await database.stop()
  }
}

runScript(main)
