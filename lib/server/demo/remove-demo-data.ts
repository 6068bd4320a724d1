import 'server-only'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { DEMO_SETTING_KEY } from '@/lib/server/stored/demo-setting'

/** Deletes every demo account (and, by cascade, all its rows, its servers included) and the demo schedule, and remembers it, so a restart does not re-seed. */
export async function removeDemoData(db: Db, now = clock.now()): Promise<{ accountsRemoved: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.awsAccount.deleteMany({ where: { isDemo: true } })
    await tx.schedule.deleteMany({ where: { isDemo: true } })
    const value = { status: 'removed', at: now.toISOString() }
    await tx.appSetting.upsert({
      where: { key: DEMO_SETTING_KEY },
      create: { key: DEMO_SETTING_KEY, value },
      update: { value },
    })
    return { accountsRemoved: count }
  })
}
