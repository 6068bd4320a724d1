// A function's tags as history: a row only when they changed, from the day they were seen. The first tags ever
// seen for a function hold from the first supported day: nothing is known of its tags before, and its past cost
// would otherwise be nobody's. A later change holds from the day it was seen, so the days before keep the old tags
// (a function moving team keeps its past in the old team). Re-running with the same tags adds nothing.
import 'server-only'
import { type IsoDay, SUPPORTED_DAYS } from '@/lib/domain/calendar'
import type { SqlExecutor } from './bulk-write'

export type ObservedTags = { functionId: number; day: IsoDay; tags: Record<string, string> }

export async function recordFunctionTags(db: SqlExecutor, rows: readonly ObservedTags[]): Promise<number> {
  if (rows.length === 0) return 0
  return db.$executeRawUnsafe(
    `INSERT INTO function_tag_set (function_id, valid_from, tags)
     SELECT n.function_id,
            CASE WHEN EXISTS (SELECT 1 FROM function_tag_set s WHERE s.function_id = n.function_id) THEN n.day ELSE $4::date END,
            n.tags
     FROM unnest($1::int4[], $2::date[], $3::jsonb[]) AS n(function_id, day, tags)
     WHERE n.tags IS DISTINCT FROM (
       SELECT s.tags FROM function_tag_set s WHERE s.function_id = n.function_id AND s.valid_from <= n.day ORDER BY s.valid_from DESC LIMIT 1)
     ON CONFLICT (function_id, valid_from) DO UPDATE SET tags = EXCLUDED.tags`,
    rows.map((row) => row.functionId),
    rows.map((row) => row.day),
    rows.map((row) => JSON.stringify(row.tags)),
    SUPPORTED_DAYS.first,
  )
}
