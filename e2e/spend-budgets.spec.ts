import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'

type Budgets = {
  month: string
  budgets: { id: number; scope: { kind: string; key: string }; actual: string; forecast: string; status: string }[]
}

test('finance sets a spend budget on its own tab, sees its status there and on the Overview, and downloads budget vs actual', async ({
  page,
  request,
}) => {
  await page.goto('/budgets/spend')
  // The two kinds of budget are named apart, each on its tab.
  const tabs = page.getByRole('navigation', { name: 'Kinds of budget' })
  await expect(tabs.getByRole('link', { name: 'Spend budgets' })).toHaveAttribute('aria-current', 'page')
  await expect(tabs.getByRole('link', { name: 'Keep-warm budgets' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Spend budgets')

  await page.getByRole('button', { name: 'New spend budget' }).click()
  const form = page.getByRole('form', { name: 'New spend budget' })
  await form.getByLabel('Budget for').selectOption('total')
  await form.getByLabel('Monthly amount').fill('12.5.0')
  await form.getByRole('button', { name: 'Set budget' }).click()
  // Refused with the reason, nothing stored.
  await expect(form.getByRole('alert')).toContainText('decimal string')
  await form.getByLabel('Monthly amount').fill('1.00')
  await form.getByRole('button', { name: 'Set budget' }).click()
  await expect(form).toBeHidden()

  const stored = (await (await request.get('/api/budgets/spend')).json()) as Budgets
  const total = stored.budgets.find((budget) => budget.scope.kind === 'total')!
  expect(total.status).toBe('over')
  const row = page.getByTestId('spend-budgets-table').locator('tr[data-scope="total:total"]')
  await expect(row).toContainText('$1.00')
  await expect(row.locator('[data-status]')).toHaveText('At or over budget')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-budgets').click()])
  expect(download.suggestedFilename()).toBe(`spend_budgets_${stored.month}.csv`)
  const rows = parse(await readFile(await download.path(), 'utf8'), { bom: true, columns: true }) as Record<
    string,
    string
  >[]
  expect(rows).toEqual([
    expect.objectContaining({
      scope_kind: 'total',
      budget_currency: 'USD',
      budget_usd: '1',
      actual_usd: total.actual,
      forecast_usd: total.forecast,
      status: 'over',
    }),
  ])

  await page.goto(`/?month=${stored.month}`)
  await expect(page.getByTestId('spend-budgets-card').locator('tr[data-scope="total:total"] [data-status]')).toHaveText(
    'At or over budget',
  )

  await page.goto('/budgets/spend')
  await page.getByRole('button', { name: 'Remove the budget for Total' }).click()
  await expect(page.getByText('No spend budgets yet.')).toBeVisible()
})
