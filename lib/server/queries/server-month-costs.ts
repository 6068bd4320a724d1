// A month's counted EC2 and RDS instance cost lines per account and usage type, for attributing to servers
// (lib/domain/servers/attributed-cost.ts). Only the lines Cost Explorer, CUR or FOCUS count (counted-cost-lines.ts).
import 'server-only'
import { firstDayOf, type IsoMonth, lastDayOf } from '@/lib/domain/calendar'
import { EC2_COMPUTE_SERVICE, type MonthCostLine, RDS_SERVICE } from '@/lib/domain/servers/attributed-cost'
import type { Db } from '@/lib/server/db/prisma'
import { countedCostLines } from './counted-cost-lines'

export async function serverMonthCostLines(db: Db, month: IsoMonth): Promise<MonthCostLine[]> {
  const rows = await db.$queryRaw<{ account_id: string; service: string; usage_type: string; cost: string }[]>`
    SELECT account_id, service, usage_type, sum(unblended_cost)::text AS cost
      FROM ${countedCostLines} cost_line_item
     WHERE day BETWEEN ${firstDayOf(month)}::date AND ${lastDayOf(month)}::date
       AND service IN (${EC2_COMPUTE_SERVICE}, ${RDS_SERVICE}) AND record_type = 'Usage'
     GROUP BY account_id, service, usage_type
     ORDER BY account_id, service, usage_type`
  return rows.map((row) => ({
    accountId: row.account_id,
    service: row.service,
    usageType: row.usage_type,
    costUsd: row.cost,
  }))
}
