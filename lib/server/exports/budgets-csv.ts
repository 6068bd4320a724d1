// GET /api/exports/budgets.csv?month=YYYY-MM: budget vs actual for finance, one row per spend budget, the figures
// GET /api/budgets/spend gives for the month. Amounts in full precision; the percentages to two decimals.
import 'server-only'
import { type CsvColumn, createCsvWriter } from '@/lib/domain/csv/csv-writer'
import { Decimal, toDecimal } from '@/lib/domain/money'
import type { SpendBudgetsResponse } from '@/lib/schemas/spend-budgets'

const text = (header: string): CsvColumn => ({ header, kind: 'text' })
const number = (header: string): CsvColumn => ({ header, kind: 'number' })

export const BUDGETS_CSV_COLUMNS: CsvColumn[] = [
  text('month'),
  text('scope_kind'),
  text('scope_key'),
  text('budget_currency'),
  number('budget_amount'),
  number('budget_usd'),
  number('actual_usd'),
  number('forecast_usd'),
  number('remaining_usd'),
  number('used_pct'),
  number('forecast_pct'),
  text('status'),
  number('krw_per_usd'),
  number('budget_krw'),
  number('actual_krw'),
  number('forecast_krw'),
]

export function budgetsCsvFileName(month: string): string {
  return `spend_budgets_${month}.csv`
}

const pct = (share: string | null) =>
  share === null ? null : toDecimal(share).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)

export async function* budgetsCsvChunks(budgets: SpendBudgetsResponse): AsyncGenerator<string> {
  const writer = createCsvWriter(BUDGETS_CSV_COLUMNS, { bom: true })
  const rows = budgets.budgets.map((budget) => [
    budgets.month,
    budget.scope.kind,
    budget.scope.key,
    budget.monthlyKrw === null ? 'USD' : 'KRW',
    budget.monthlyKrw ?? budget.monthlyUsd,
    budget.budgetUsd,
    budget.actual,
    budget.forecast,
    budget.budgetUsd === null ? null : toDecimal(budget.budgetUsd).minus(budget.actual).toFixed(),
    pct(budget.usedShare),
    pct(budget.forecastShare),
    budget.status,
    budget.krw?.krwPerUsd ?? null,
    budget.krw?.budget ?? null,
    budget.krw?.actual ?? null,
    budget.krw?.forecast ?? null,
  ])
  yield writer.write(rows)
}
