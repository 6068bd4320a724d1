import 'server-only'
import { type IsoDay, dateToDay } from '@/lib/domain/calendar'
import type { Db } from '@/lib/server/db/prisma'

/** The last day with function metrics or cost lines: "today" for default date ranges. */
export async function getDataThrough(db: Db): Promise<IsoDay | null> {
  const [row] = await db.$queryRaw<{ through: Date | null }[]>`
    SELECT greatest((SELECT max(day) FROM function_metric_daily), (SELECT max(day) FROM cost_line_item)) AS through`
  return row?.through ? dateToDay(row.through) : null
}
