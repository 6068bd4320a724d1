import { expect, test } from '@playwright/test'
import { formatMonth } from '../lib/format'

// Issue 15, item 8: keep-warm budgets are judged for a month the user picks (the month in progress by default) with
// the month before beside it, and a function's page lists every month over or under, so a function that ran far
// over budget all last month never reads "within" because a new month began.
type Month = { month: string; status: 'over' | 'within' | 'under'; complete: boolean; timesBudget: number | null }
type Budgets = {
  month: string
  months: string[]
  budgets: { functionId: number; functionName: string; month: Month | null; previousMonth: Month | null }[]
}

const label = (month: Month) =>
  `${month.status}${month.status !== 'within' && month.timesBudget !== null ? ` · ${month.timesBudget}×` : ''}`

test('the budgets page judges the month in progress with last month beside it, and any month picked', async ({
  page,
  request,
}) => {
  const current = (await (await request.get('/api/budgets')).json()) as Budgets
  const budget = current.budgets.find((candidate) => candidate.functionName === 'recommender-embed-user')!
  const previous = budget.previousMonth!
  expect(previous.complete).toBe(true)

  await page.goto('/budgets')
  const row = page
    .getByTestId('budgets-table')
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: 'recommender-embed-user', exact: true }) })
  await expect(row.getByTestId('budget-previous-month')).toContainText(label(previous))
  await expect(row.getByTestId('budget-result')).toContainText(`${budget.month!.status}`)
  await expect(row.getByTestId('budget-result')).toContainText('(projected)')

  // The month over budget, picked: its whole month, measured.
  const history = (await (await request.get(`/api/functions/${budget.functionId}`)).json()) as {
    keepWarm: { history: Month[] }
  }
  const over = history.keepWarm.history.find((month) => month.complete && month.status === 'over')!
  expect(over.timesBudget).toBeGreaterThan(2)
  await page.locator('#month-select').selectOption(over.month)
  await expect(page).toHaveURL(new RegExp(`/budgets\\?month=${over.month}$`))
  await expect(row.getByTestId('budget-result')).toHaveText(new RegExp(`over · ${over.timesBudget}×$`))
  await expect(page.getByTestId('budgets-period')).toContainText('(the whole month)')
})

test('a function’s page lists each month over or under its budget, and its budget panel takes a month', async ({
  page,
  request,
}) => {
  const { budgets } = (await (await request.get('/api/budgets')).json()) as Budgets
  const { functionId } = budgets.find((candidate) => candidate.functionName === 'recommender-embed-user')!
  const detail = (await (await request.get(`/api/functions/${functionId}`)).json()) as {
    keepWarm: { history: Month[] }
  }
  const over = detail.keepWarm.history.find((month) => month.complete && month.status === 'over')!

  await page.goto(`/functions/${functionId}`)
  const history = page.getByTestId('keep-warm-history')
  await expect(history.locator('tbody tr')).toHaveCount(detail.keepWarm.history.length)
  const overRow = history.locator('tbody tr').filter({ has: page.locator('th', { hasText: formatMonth(over.month) }) })
  await expect(overRow).toContainText(`over · ${over.timesBudget}×`)
  // The month in progress is a projection and says so.
  await expect(history.locator('tbody tr').first()).toContainText('projected')

  const panel = page.getByTestId('keep-warm-panel')
  await panel.locator('#month-select').selectOption(over.month)
  await expect(page).toHaveURL(new RegExp(`budgetMonth=${over.month}`))
  await expect(page.getByTestId('keep-warm-month-result')).toHaveText(`over · ${over.timesBudget}×`)
  await expect(page.getByTestId('keep-warm-month')).toContainText('the whole month')
})
