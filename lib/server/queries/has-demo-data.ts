import 'server-only'
import type { Db } from '@/lib/server/db/prisma'

export async function hasDemoData(db: Db): Promise<boolean> {
  return (await db.awsAccount.count({ where: { isDemo: true } })) > 0
}
