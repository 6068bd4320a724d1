// What a team allocation reads: the period's cost, as items the team rules can place, adding up to the total of
// the cost lines that count (counted-cost-lines.ts, the Costs page's total) exactly:
//   - every counted line but Lambda's, per account and service;
//   - Lambda per function: the per-function estimates the Costs page shows (function_cost_daily), with the tags
//     in force on each day (function_tag_set), so a function that moved team splits by day;
//   - per account, the billed Lambda minus those estimates (free tier, credits, rounding): no function's.
// Grouped over the period (or per day, for a forecast by team). When per-function monthly rollups exist, the
// second part reads them for whole months whose functions kept their tags; nothing else changes.
import 'server-only'
import type { IsoDay } from '@/lib/domain/calendar'
import { LAMBDA_SERVICE } from '@/lib/domain/costs/shape-cost-breakdown'
import { COUNTED_COST_LINES } from './counted-cost-lines'
import type { SqlQuery } from './cost-rows-sql'

export type CostItemKind = 'line' | 'function' | 'lambda_not_in_functions'

export type CostItemRow = {
  kind: CostItemKind
  day: string | null
  account_id: string
  service: string
  function_name: string | null
  region: string | null
  tags: Record<string, string> | null
  cost: string
}

export function teamCostItemsSql(range: { from: IsoDay; to: IsoDay }, options: { byDay?: boolean } = {}): SqlQuery {
  const day = (column: string) => (options.byDay ? `to_char(${column}, 'YYYY-MM-DD')` : 'NULL::text')
  const groupDay = (column: string) => (options.byDay ? `, ${column}` : '')
  const text = `
    SELECT 'line' AS kind, ${day('day')} AS day, account_id, service, NULL::text AS function_name, NULL::text AS region, NULL::jsonb AS tags,
           sum(unblended_cost)::text AS cost
    FROM ${COUNTED_COST_LINES} cost_line_item
    WHERE day BETWEEN $1::date AND $2::date AND service <> $3
    GROUP BY account_id, service${groupDay('day')}
    UNION ALL
    SELECT 'function', ${day('c.day')}, f.account_id, $3, f.name, f.region, t.tags, sum(c.cost_usd)::text
    FROM function_cost_daily c
    JOIN lambda_function f ON f.id = c.function_id
    LEFT JOIN LATERAL (
      SELECT s.tags FROM function_tag_set s WHERE s.function_id = c.function_id AND s.valid_from <= c.day ORDER BY s.valid_from DESC LIMIT 1
    ) t ON true
    WHERE c.day BETWEEN $1::date AND $2::date
    GROUP BY f.id, f.account_id, f.name, f.region, t.tags${groupDay('c.day')}
    UNION ALL
    SELECT 'lambda_not_in_functions', ${day('day')}, account_id, $3, NULL, NULL, NULL, (sum(coalesce(billed, 0)) - sum(coalesce(estimated, 0)))::text
    FROM (
      SELECT account_id, day, sum(unblended_cost) AS billed FROM ${COUNTED_COST_LINES} cost_line_item
      WHERE day BETWEEN $1::date AND $2::date AND service = $3 GROUP BY account_id, day
    ) billed
    FULL JOIN (
      SELECT f.account_id, c.day, sum(c.cost_usd) AS estimated FROM function_cost_daily c JOIN lambda_function f ON f.id = c.function_id
      WHERE c.day BETWEEN $1::date AND $2::date GROUP BY f.account_id, c.day
    ) estimated USING (account_id, day)
    GROUP BY account_id${groupDay('day')}`
  return { text, values: [range.from, range.to, LAMBDA_SERVICE] }
}
