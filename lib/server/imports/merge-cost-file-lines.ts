// The staged lines of one upload into cost_file_line, then their sums into cost_line_item, in the caller's
// transaction. A line already stored (the same identity) is replaced, never added twice; a complete set first
// removes every line of the billing periods it covers (that is how a restated period gets in). Only the sums of
// the accounts and days touched are rebuilt, and only this kind of file's: Cost Explorer's lines and the other
// kind of file's are never written here.
import 'server-only'
import type pg from 'pg'
import { sqlOn } from '@/lib/server/db/pg-transaction'
import { upsertRegions } from '@/lib/server/repositories/write-accounts'
import { type CostFileSource, CostFileRejectedError, STAGING } from './stage-cost-file'

const LINES = 'cost_import_lines'
const AFFECTED = 'cost_import_affected'
const SUMS = 'cost_import_sums'

export type MergedFile = { lineItems: number; rowsRepeated: number; linesAdded: number; linesReplaced: number }

export type MergeResult = {
  files: Map<number, MergedFile>
  /** Lines of the replaced billing periods that the complete set no longer has. */
  linesRemoved: number
  /** The days whose sums were rebuilt, for the derived data. */
  firstDay: string
  lastDay: string
}

export async function mergeStagedLines(
  client: pg.ClientBase,
  input: { source: CostFileSource; importIds: Map<number, string>; completeSet: boolean },
): Promise<MergeResult> {
  const { source } = input
  // The last row of a line wins: a later file of the set, or a later row of the same file.
  await client.query(
    `CREATE TEMP TABLE ${LINES} ON COMMIT DROP AS SELECT DISTINCT ON (line_key) * FROM ${STAGING} ORDER BY line_key, file_index DESC, line DESC`,
  )
  await client.query(
    `CREATE TEMP TABLE ${AFFECTED} (account_id text, day date, PRIMARY KEY (account_id, day)) ON COMMIT DROP`,
  )

  await upsertRegions(sqlOn(client))
  // Accounts the files name; an existing name is kept unless it was only the id.
  await client.query(
    `INSERT INTO aws_account (id, name, is_demo)
     SELECT account_id, coalesce(max(account_name), account_id), false FROM ${LINES} GROUP BY account_id
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE aws_account.name = aws_account.id`,
  )

  let linesRemoved = 0
  if (input.completeSet) {
    // Lines stored without a payer (imported before lines had one) belong to every payer's period.
    const removed = await client.query<{ removed: number }>(
      `WITH removed AS (
         DELETE FROM cost_file_line l USING (SELECT DISTINCT billing_account_id, billing_period FROM ${LINES}) p
         WHERE l.source = $1 AND l.billing_period = p.billing_period AND l.billing_account_id IN (p.billing_account_id, '')
         RETURNING l.account_id, l.day, l.line_key),
       marked AS (INSERT INTO ${AFFECTED} SELECT DISTINCT account_id, day FROM removed ON CONFLICT DO NOTHING)
       SELECT count(*)::int AS removed FROM removed WHERE line_key NOT IN (SELECT line_key FROM ${LINES})`,
      [source],
    )
    linesRemoved = removed.rows[0]!.removed
  }
  await client.query(
    `INSERT INTO ${AFFECTED}
     SELECT DISTINCT account_id, day FROM ${LINES}
     UNION SELECT l.account_id, l.day FROM cost_file_line l JOIN ${LINES} n ON l.source = $1 AND l.line_key = n.line_key
     ON CONFLICT DO NOTHING`,
    [source],
  )

  const fileIndexes = [...input.importIds.keys()]
  const upserted = await client.query<{ file_index: number; added: number; replaced: number }>(
    `WITH upserted AS (
       INSERT INTO cost_file_line (source, line_key, billing_account_id, billing_period, import_id, day, account_id, service, usage_type, region, record_type,
                                   unblended_cost, amortized_cost, usage_quantity, usage_unit, currency, billed_unblended_cost, billed_amortized_cost, krw_per_usd)
       SELECT $1, n.line_key, n.billing_account_id, n.billing_period, f.import_id, n.day, n.account_id, n.service, n.usage_type, n.region, n.record_type,
              n.unblended_cost, n.amortized_cost, n.usage_quantity, n.usage_unit, n.currency, n.billed_unblended_cost, n.billed_amortized_cost, n.krw_per_usd
       FROM ${LINES} n JOIN unnest($2::int[], $3::uuid[]) f(file_index, import_id) ON f.file_index = n.file_index
       ON CONFLICT (source, line_key) DO UPDATE SET
         billing_account_id = EXCLUDED.billing_account_id, billing_period = EXCLUDED.billing_period, import_id = EXCLUDED.import_id,
         day = EXCLUDED.day, account_id = EXCLUDED.account_id, service = EXCLUDED.service, usage_type = EXCLUDED.usage_type, region = EXCLUDED.region,
         record_type = EXCLUDED.record_type, unblended_cost = EXCLUDED.unblended_cost, amortized_cost = EXCLUDED.amortized_cost,
         usage_quantity = EXCLUDED.usage_quantity, usage_unit = EXCLUDED.usage_unit, currency = EXCLUDED.currency,
         billed_unblended_cost = EXCLUDED.billed_unblended_cost, billed_amortized_cost = EXCLUDED.billed_amortized_cost, krw_per_usd = EXCLUDED.krw_per_usd
       RETURNING import_id, xmax = 0 AS added)
     SELECT f.file_index, count(*) FILTER (WHERE u.added)::int AS added, count(*) FILTER (WHERE NOT u.added)::int AS replaced
     FROM upserted u JOIN unnest($2::int[], $3::uuid[]) f(file_index, import_id) ON f.import_id = u.import_id GROUP BY f.file_index`,
    [source, fileIndexes, fileIndexes.map((index) => input.importIds.get(index)!)],
  )

  await rebuildSums(client, source)
  const perFile = await client.query<{ file_index: number; rows: number; lines: number }>(
    `SELECT file_index, count(*)::int AS rows, count(DISTINCT line_key)::int AS lines FROM ${STAGING} GROUP BY file_index`,
  )
  const files = new Map<number, MergedFile>()
  for (const row of perFile.rows) {
    const counts = upserted.rows.find((upsert) => upsert.file_index === row.file_index)
    files.set(row.file_index, {
      lineItems: row.lines,
      rowsRepeated: row.rows - row.lines,
      linesAdded: counts?.added ?? 0,
      linesReplaced: counts?.replaced ?? 0,
    })
  }
  const { rows } = await client.query<{ first: string; last: string }>(
    `SELECT to_char(min(day), 'YYYY-MM-DD') AS first, to_char(max(day), 'YYYY-MM-DD') AS last FROM ${AFFECTED}`,
  )
  return { files, linesRemoved, firstDay: rows[0]!.first, lastDay: rows[0]!.last }
}

/** cost_line_item's lines of this kind of file, for the touched accounts and days: the sums of their file lines. */
async function rebuildSums(client: pg.ClientBase, source: CostFileSource) {
  await client.query(
    `CREATE TEMP TABLE ${SUMS} ON COMMIT DROP AS
     SELECT l.day, l.account_id, l.service, l.usage_type, l.region, l.record_type,
            sum(l.unblended_cost) AS unblended_cost, sum(l.amortized_cost) AS amortized_cost, sum(l.usage_quantity) AS usage_quantity,
            CASE WHEN count(DISTINCT l.usage_unit) = 1 THEN min(l.usage_unit) ELSE 'N/A' END AS usage_unit
     FROM cost_file_line l JOIN ${AFFECTED} a ON a.account_id = l.account_id AND a.day = l.day
     WHERE l.source = $1 GROUP BY l.day, l.account_id, l.service, l.usage_type, l.region, l.record_type`,
    [source],
  )
  // Each line fits a cost line; many together may not (numeric(20,10) and (24,10) in cost_line_item).
  const {
    rows: [beyond],
  } = await client.query<{
    day: string
    account_id: string
    service: string
    usage_type: string
    unblended_cost: string
  }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, account_id, service, usage_type, unblended_cost::text FROM ${SUMS}
     WHERE abs(unblended_cost) >= 1e10 OR abs(amortized_cost) >= 1e10 OR abs(usage_quantity) >= 1e14 LIMIT 1`,
  )
  if (beyond) {
    throw new CostFileRejectedError(
      `The lines of ${beyond.day}, account ${beyond.account_id}, ${beyond.service} ${beyond.usage_type || '(no usage type)'} add up to more than a cost line can hold ` +
        '(amounts below 10,000,000,000, quantities below 100,000,000,000,000); nothing was imported.',
    )
  }
  await client.query(
    `DELETE FROM cost_line_item c USING ${AFFECTED} a WHERE c.source = $1 AND c.account_id = a.account_id AND c.day = a.day`,
    [source],
  )
  await client.query(
    `INSERT INTO cost_line_item (day, account_id, service, usage_type, region, record_type, unblended_cost, amortized_cost, usage_quantity, usage_unit, currency, estimated, source)
     SELECT day, account_id, service, usage_type, region, record_type, unblended_cost, amortized_cost, usage_quantity, usage_unit, 'USD', false, $1 FROM ${SUMS}`,
    [source],
  )
}
