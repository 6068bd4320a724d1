// `npm run db:migrate`: apply pending migrations to DATABASE_URL or the embedded database.
import 'dotenv/config'
import { openDatabase } from '@/lib/server/db/open-database'
import { runMigrations } from '@/lib/server/db/run-migrations'

const database = await openDatabase()
try {
  console.log(`Database: ${database.description}`)
  const report = await runMigrations(database.url, { log: console.log })
  console.log(report.applied.length ? `Applied ${report.applied.length} migration(s).` : 'Already up to date.')
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
} finally {
  await database.stop()
}
