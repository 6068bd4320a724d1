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
  summary: "A month's Lambda functions for finance: usage, estimated cost, previous month, keep-warm budget and the reason for the variance",
  description:
    'One row per function with an estimate in the month or the month before. Columns: account_id, account_name, region, function_name, architecture, memory_mb, ' +
    'invocations, errors, gb_seconds, estimated_cost_usd, previous_month_cost_usd, keep_warm_budget_usd (empty without a budget), variance_usd ' +
    '(estimated − previous month), variance_reason (the decomposition’s dominant driver: code and words), then change_pct, function_arn and one ' +
    `column per driver (volume_usd … removed_usd, then unexplained_usd for a function whose stored estimates the cost model does not reproduce), which sum to variance_usd. ${CSV_NOTES}`,
  tags: ['exports'],
  query: functionsCsvQuery,
  queryDescriptions: { month: 'The month to report (YYYY-MM); compared with the month before.' },
  responses: { 200: { description: 'The CSV file (attachment).', contentType: 'text/csv' } },
})
