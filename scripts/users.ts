// `npm run users -- create|list|set-role|disable|enable|password-link …`: users from the shell (see USERS_USAGE).
// Joins the running embedded database, or starts it for the command, as the other commands do.
import 'dotenv/config'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { openDatabase } from '@/lib/server/db/open-database'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { runAccessCommand } from './lib/run-access-command'
import { USERS_USAGE, usersCommand } from './lib/access-commands'

async function main(): Promise<string[]> {
  const database = await openDatabase()
  const db = createPrismaClient(database.url)
  try {
    await runMigrations(database.url, { log: () => undefined })
    return await usersCommand(db, process.argv.slice(2))
  } finally {
    await db.$disconnect()
    await database.stop()
  }
}

process.exit(await runAccessCommand(USERS_USAGE, main))
