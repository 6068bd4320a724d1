// `npm run db`: run the embedded PostgreSQL on its own (migrated) and print its URL, until Ctrl-C.
import 'dotenv/config'
import { openDatabase } from '@/lib/server/db/open-database'
import { runMigrations } from '@/lib/server/db/run-migrations'

const database = await openDatabase()
await runMigrations(database.url, { log: console.log })
console.log(`Database: ${database.description}`)
console.log(`DATABASE_URL=${database.url}`)
const stop = async () => {
  await database.stop()
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop())
setInterval(() => {}, 1 << 30)
