// Writes the generated demo dataset through the same repositories ingestion uses, in one transaction,
// then derives per-function costs. Every demo row belongs to an account marked `is_demo`, so removing the
// demo is deleting those accounts.
import 'server-only'
import { type IsoDay } from '@/lib/domain/calendar'
import { DEMO_SCENARIO } from '@/lib/domain/demo/demo-scenario'
import { generateDataset } from '@/lib/domain/demo/generate-dataset'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { refreshDerivedData } from '@/lib/server/derived/refresh-derived-data'
import { recordSpendBudgetAlerts } from '@/lib/server/spend-budgets/record-budget-alerts'
import { upsertAccounts, upsertRegions } from '@/lib/server/repositories/write-accounts'
import { insertChangedConfigSnapshots } from '@/lib/server/repositories/write-config-snapshots'
import { upsertCostLineItems } from '@/lib/server/repositories/write-cost-line-items'
import { upsertDailyMetrics, upsertHourlyMetrics } from '@/lib/server/repositories/write-function-metrics'
import { recordFunctionTags } from '@/lib/server/repositories/write-function-tags'
import { upsertFunctions } from '@/lib/server/repositories/write-functions'
import { upsertKeepWarmBudgets } from '@/lib/server/repositories/write-keep-warm-budgets'
import { DEMO_SETTING_KEY } from '@/lib/server/stored/demo-setting'
import { writeTeamSettingsIfMissing } from '@/lib/server/stored/team-settings'
import { DEMO_TEAM_SETTINGS } from '@/lib/domain/demo/demo-teams'
import { demoSchedule, demoServers } from '@/lib/domain/demo/demo-servers'
import { parseSchedule } from '@/lib/domain/schedules/validate-schedule'
import { serverRow, upsertServers } from '@/lib/server/repositories/write-servers'

export type DemoLoadSummary = {
  accounts: number
  functions: number
  dailyMetrics: number
  hourlyMetrics: number
  costLines: number
  firstDay: IsoDay
  lastDay: IsoDay
}

export async function loadDemoData(db: Db, options: { today?: IsoDay } = {}): Promise<DemoLoadSummary> {
  const today = options.today ?? clock.today()
  const dataset = generateDataset(DEMO_SCENARIO, today)
  await db.$transaction(
    async (tx) => {
      await upsertRegions(tx)
      await upsertAccounts(
        tx,
        dataset.accounts.map((account) => ({ ...account, isDemo: true })),
      )
      const ids = await upsertFunctions(
        tx,
        dataset.functions.map((fn) => ({
          accountId: fn.accountId,
          region: fn.region,
          name: fn.name,
          arn: fn.arn,
          firstSeen: new Date(`${fn.createdDay}T00:00:00Z`),
          seenAt: new Date(`${dataset.lastDay}T23:59:59Z`),
        })),
      )
      const idOf = (key: string) => {
        const id = ids.get(key)
        if (id === undefined) throw new Error(`Demo function ${key} was not stored`)
        return id
      }
      await insertChangedConfigSnapshots(
        tx,
        dataset.configs.map((config) => ({
          ...config,
          functionId: idOf(config.functionKey),
          validFrom: new Date(config.validFrom),
        })),
      )
      // Oldest first: each change is recorded against the tags in force before it.
      const depth = Math.max(0, ...dataset.functions.map((fn) => fn.tagHistory.length))
      for (let position = 0; position < depth; position++) {
        const layer = dataset.functions.flatMap((fn) =>
          fn.tagHistory[position]
            ? [
                {
                  functionId: idOf(fn.key),
                  day: fn.tagHistory[position]!.from,
                  tags: { ...fn.tagHistory[position]!.tags },
                },
              ]
            : [],
        )
        await recordFunctionTags(tx, layer)
      }
      await writeTeamSettingsIfMissing(tx, DEMO_TEAM_SETTINGS)
      await writeDemoServers(tx, today)
      await upsertDailyMetrics(
        tx,
        dataset.dailyMetrics.map((row) => ({ ...row, functionId: idOf(row.functionKey) })),
      )
      await upsertHourlyMetrics(
        tx,
        dataset.hourlyMetrics.map((row) => ({ ...row, functionId: idOf(row.functionKey), hour: new Date(row.hour) })),
      )
      await upsertCostLineItems(
        tx,
        dataset.costLines.map((line) => ({ ...line, source: 'demo' })),
      )
      await upsertKeepWarmBudgets(
        tx,
        dataset.budgets.map((budget) => ({ ...budget, functionId: idOf(budget.functionKey), source: 'user' })),
      )
      await refreshDerivedData(tx, { from: dataset.firstDay, to: dataset.lastDay, functionIds: [...ids.values()] })
      await tx.appSetting.upsert({
        where: { key: DEMO_SETTING_KEY },
        create: {
          key: DEMO_SETTING_KEY,
          value: { status: 'loaded', today, firstDay: dataset.firstDay, lastDay: dataset.lastDay },
        },
        update: { value: { status: 'loaded', today, firstDay: dataset.firstDay, lastDay: dataset.lastDay } },
      })
    },
    { timeout: 300_000, maxWait: 30_000 },
  )
  await recordSpendBudgetAlerts(db)
  return {
    accounts: dataset.accounts.length,
    functions: dataset.functions.length,
    dailyMetrics: dataset.dailyMetrics.length,
    hourlyMetrics: dataset.hourlyMetrics.length,
    costLines: dataset.costLines.length,
    firstDay: dataset.firstDay,
    lastDay: dataset.lastDay,
  }
}

/** The demo's servers, and its schedule unless one is stored (a reload keeps what the user did with it). */
async function writeDemoServers(tx: Pick<Db, 'schedule' | '$executeRawUnsafe'>, today: IsoDay): Promise<void> {
  const seenAt = new Date(`${today}T00:00:00Z`)
  await upsertServers(
    tx,
    demoServers(today).map((server) => serverRow(server, seenAt)),
  )
  if (await tx.schedule.count({ where: { isDemo: true } })) return
  const schedule = parseSchedule(demoSchedule(today))
  const now = clock.now()
  await tx.schedule.create({
    data: { name: schedule.name, definition: schedule, execute: false, isDemo: true, createdAt: now, updatedAt: now },
  })
}
