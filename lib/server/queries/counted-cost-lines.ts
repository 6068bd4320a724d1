// The cost lines that count, as lib/domain/costs/cost-sources.ts rules: for each account and day, the lines of the
// first source that has any. Every query that sums cost_line_item reads this in its place (aliased as the table,
// so the query reads the same), and no day is ever counted twice. The check per line is one lookup in the
// (account_id, day, source) index; lines of the first source need none.
import 'server-only'
import { Prisma } from '@/generated/prisma/client'
import { COST_SOURCES, sourcesBefore } from '@/lib/domain/costs/cost-sources'

// Constants of this module only, never input: safe to write into the statement.
const sourcesBeforeEach = COST_SOURCES.map(
  (source) =>
    `WHEN '${source}' THEN ARRAY[${sourcesBefore(source)
      .map((before) => `'${before}'`)
      .join(', ')}]::text[]`,
).join(' ')

/** For a row `c` (its source, account_id and day): a source that comes before its own has lines for that account and day. */
export const OUTRANKED = `EXISTS (SELECT 1 FROM cost_line_item w WHERE w.account_id = c.account_id AND w.day = c.day AND w.source = ANY(CASE c.source ${sourcesBeforeEach} END))`

/** A subquery with cost_line_item's columns: use as `FROM ${COUNTED_COST_LINES} cost_line_item`. */
export const COUNTED_COST_LINES = `(SELECT c.* FROM cost_line_item c WHERE c.source = '${COST_SOURCES[0]}' OR NOT ${OUTRANKED})`

/** The same, for Prisma's tagged templates ($queryRaw). */
export const countedCostLines = Prisma.raw(COUNTED_COST_LINES)
