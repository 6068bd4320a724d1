import { expect, test } from '@playwright/test'
import { toDecimal } from '../lib/domain/money'

// Issue 15, item 10: the month picked on the Overview goes with the navigation to Costs, Functions and a function's
// page (in the URL), the same function costs the same on each, and each says which period its numbers cover.
test('a month picked on the Overview is the month of Costs, Functions and the function page, with the same figure on each', async ({
  page,
}) => {
  await page.goto('/')
  await page.locator('#month-select').selectOption('2026-10')
  await expect(page).toHaveURL(/\/\?month=2026-10$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview · Oct 2026')
  await expect(page.getByTestId('top-functions-period')).toContainText('Oct 2026')
  const top = page.getByTestId('top-functions').locator('tbody tr').first()
  const name = (await top.getByRole('link').textContent())!
  const figure = (await top.locator('td').nth(2).textContent())!
  expect(figure).toMatch(/^\$[\d,]+\.\d\d$/)

  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Costs' }).click()
  await expect(page).toHaveURL(/\/costs\?from=2026-10-01&to=2026-10-31$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Costs · Oct 2026')
  await page.getByLabel('Group by').selectOption('function')
  await expect(page).toHaveURL(/groupBy=function/)
  await expect(page).toHaveURL(/from=2026-10-01/)
  const costRow = page
    .getByTestId('breakdown-table')
    .locator('tbody tr')
    .filter({ has: page.locator('th', { hasText: new RegExp(`^${name}\\b`) }) })
  await expect(costRow).toHaveCount(1)
  await expect(costRow).toContainText(figure)

  await nav.getByRole('link', { name: 'Functions' }).click()
  await expect(page).toHaveURL(/\/functions\?month=2026-10$/)
  await expect(page.getByTestId('functions-period')).toHaveText('Oct 2026')
  await expect(page.getByRole('heading', { level: 2, name: /functions · Oct 2026$/ })).toBeVisible()
  const functionRow = page
    .getByTestId('functions-table')
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name, exact: true }) })
  await expect(functionRow.locator('td').nth(3)).toHaveText(figure)

  await functionRow.getByRole('link', { name, exact: true }).click()
  await expect(page).toHaveURL(/\/functions\/\d+\?month=2026-10$/)
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByTestId('function-period')).toHaveText('Oct 2026')
  await expect(page.getByTestId('kpi-function-cost')).toContainText(figure)
  await expect(page.getByTestId('kpi-function-cost')).toContainText('Oct 2026')

  // And back: the breadcrumb and the navigation keep the month.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Functions' }).click()
  await expect(page).toHaveURL(/\/functions\?month=2026-10$/)
  await nav.getByRole('link', { name: 'Overview' }).click()
  await expect(page).toHaveURL(/\/\?month=2026-10$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview · Oct 2026')
})

test('without a month in the URL, the Functions list shows the Overview’s month, not the last 30 days', async ({
  page,
  request,
}) => {
  const overview = (await (await request.get('/api/overview')).json()) as {
    month: string
    topFunctions: { name: string; costUsd: string }[]
  }
  const functions = (await (await request.get('/api/functions')).json()) as {
    from: string
    to: string
    functions: { name: string; costUsd: string }[]
  }
  expect(functions.from).toBe(`${overview.month}-01`)
  const top = overview.topFunctions[0]!
  expect(toDecimal(functions.functions.find((fn) => fn.name === top.name)!.costUsd).eq(toDecimal(top.costUsd))).toBe(
    true,
  )
  await page.goto('/functions')
  await expect(page.getByTestId('functions-period')).not.toContainText('–')
})

test('the month goes between the two kinds of budget and from Spend budgets to the other pages', async ({ page }) => {
  await page.goto('/budgets/spend?month=2026-10')
  const tabs = page.getByRole('navigation', { name: 'Kinds of budget' })
  await expect(tabs.getByRole('link', { name: 'Keep-warm budgets' })).toHaveAttribute('href', '/budgets?month=2026-10')
  await tabs.getByRole('link', { name: 'Keep-warm budgets' }).click()
  await expect(page).toHaveURL(/\/budgets\?month=2026-10$/)
  await expect(tabs.getByRole('link', { name: 'Spend budgets' })).toHaveAttribute(
    'href',
    '/budgets/spend?month=2026-10',
  )
  await page.goto('/budgets/spend?month=2026-10')
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' })).toHaveAttribute(
    'href',
    '/teams?month=2026-10',
  )
})
