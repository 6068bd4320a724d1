// Start-up rule: load the demo dataset into an empty database once. A database with real accounts, or one
// whose demo data was loaded or removed before, is left as it is.
import 'server-only'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { DEMO_SETTING_KEY, type DemoSetting } from '@/lib/server/stored/demo-setting'
import { loadDemoData } from './load-demo-data'

export async function ensureDemoData(databaseUrl: string, options: { enabled: boolean; log: (line: string) => void }) {
  const db = createPrismaClient(databaseUrl)
  try {
    const setting = (await db.appSetting.findUnique({ where: { key: DEMO_SETTING_KEY } }))?.value as
      DemoSetting | undefined
    if (setting?.status === 'loaded')
      return options.log(`Demo data present (generated on ${setting.today}); reusing it.`)
    if (!options.enabled) return options.log('FINOPS_DEMO_DATA=false: not loading demo data.')
    if (setting?.status === 'removed')
      return options.log('Demo data was removed earlier; not reloading it (Settings can load it again).')
    if ((await db.awsAccount.count()) > 0) return options.log('Database holds real accounts; not loading demo data.')
    options.log('Empty database: loading the demo dataset…')
    const started = performance.now()
    const summary = await loadDemoData(db)
    options.log(
      `Loaded demo data in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary.functions} functions, ` +
        `${summary.dailyMetrics} daily and ${summary.hourlyMetrics} hourly metric rows, ${summary.costLines} cost lines (${summary.firstDay} to ${summary.lastDay}).`,
    )
  } finally {
    await db.$disconnect()
  }
}
