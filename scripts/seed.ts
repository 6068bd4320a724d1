// `npm run db:seed [-- --force]`: load the demo dataset (13 months ending today). With --force, an existing
// demo dataset is removed first; real accounts are never touched.
import 'dotenv/config'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { openDatabase } from '@/lib/server/db/open-database'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { loadDemoData } from '@/lib/server/demo/load-demo-data'
import { removeDemoData } from '@/lib/server/demo/remove-demo-data'

const force = process.argv.includes('--force')
const database = await openDatabase()
const db = createPrismaClient(database.url)
try {
  console.log(`Database: ${database.description}`)
  await runMigrations(database.url, { log: console.log })
  if ((await db.awsAccount.count({ where: { isDemo: true } })) > 0) {
    if (!force) throw new Error('Demo data is already loaded. Use `npm run db:seed -- --force` to regenerate it.')
    await removeDemoData(db)
  }
  const started = performance.now()
  const summary = await loadDemoData(db)
  console.log(`Loaded in ${((performance.now() - started) / 1000).toFixed(1)} s:`, summary)
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
} finally {
  await db.$disconnect()
  await database.stop()
}
