import 'server-only'
import type { DemoDataStatus } from '@/lib/schemas/demo-data'
import type { Db } from '@/lib/server/db/prisma'
import { DEMO_SETTING_KEY, type DemoSetting } from '@/lib/server/stored/demo-setting'

export async function getDemoDataStatus(db: Db): Promise<DemoDataStatus> {
  const [setting, demoAccounts, realAccounts] = await Promise.all([
    db.appSetting.findUnique({ where: { key: DEMO_SETTING_KEY } }),
    db.awsAccount.count({ where: { isDemo: true } }),
    db.awsAccount.count({ where: { isDemo: false } }),
  ])
  const value = setting?.value as DemoSetting | undefined
  return {
    present: demoAccounts > 0,
    status: value?.status ?? 'never_loaded',
    firstDay: value?.status === 'loaded' ? value.firstDay : null,
    lastDay: value?.status === 'loaded' ? value.lastDay : null,
    realAccounts,
  }
}
