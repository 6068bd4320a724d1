// `npm run tokens -- create|list|revoke …`: API tokens for scripts from the shell (see TOKENS_USAGE). A created
// token is printed alone on the last line, once. Joins the running embedded database, or starts it.
import 'dotenv/config'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { openDatabase } from '@/lib/server/db/open-database'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { runAccessCommand } from './lib/run-access-command'
import { TOKENS_USAGE, tokensCommand } from './lib/access-commands'

async function main(): Promise<string[]> {
  const database = await openDatabase()
  const db = createPrismaClient(database.url)
  try {
    await runMigrations(database.url, { log: () => undefined })
    return await tokensCommand(db, process.argv.slice(2))
  } finally {
    await db.$disconnect()
    await database.stop()
  }
}

process.exit(await runAccessCommand(TOKENS_USAGE, main))
