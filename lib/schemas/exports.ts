import { defineOperation } from '@/lib/openapi/define-operation'
import { functionsCsvQuery } from './exports-query'

export const CSV_NOTES =
  'RFC 4180 with CRLF line ends, UTF-8 with a byte order mark (Excel shows Korean names correctly), streamed. Amounts are written in full ' +
  'precision, never rounded per row. Text cells that a spreadsheet could run as a formula (starting with = + - @, tab, CR, LF, NUL or their ' +
  "full-width forms) are prefixed with ' and quoted; numbers stay numbers."

export const functionsCsvOperation = defineOperation({
  method: 'get',
  path: '/api/exports/functions.csv',
  permission: 'export',
  summary:
    "A month's Lambda functions for finance: usage, estimated cost, previous month, keep-warm budget and the reason for the variance",
  description:
    'One row per function with an estimate in the month or the month before, then a total row. Columns: row_type (detail, or total on the last ' +
    'row, which sums every amount and count: sum a column over the detail rows, or read the total, never both), account_id, account_name, region, ' +
    'function_name, architecture, memory_mb, invocations, errors, gb_seconds, estimated_cost_usd, previous_month_cost_usd, ' +
    'change_vs_previous_month_usd (estimated − previous month), change_vs_previous_month_pct, change_reason (the decomposition’s dominant driver: ' +
    'code and words), keep_warm_budget_usd (the budget for the month’s days with data; empty without a budget), keep_warm_actual_usd (the pings ' +
    'measured), keep_warm_over_budget_usd (actual − budget), function_arn, then one column per driver (change_volume_usd … change_removed_usd, then ' +
    `change_unexplained_usd for a function whose stored estimates the cost model does not reproduce), which sum to the change. ${CSV_NOTES}`,
  tags: ['exports'],
  query: functionsCsvQuery,
  queryDescriptions: { month: 'The month to report (YYYY-MM); compared with the month before.' },
  responses: { 200: { description: 'The CSV file (attachment).', contentType: 'text/csv' } },
})
