import { expect, type Locator, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'

// Issue 15, item 12: accounts are named wherever they appear, with the 12-digit id beside, and in both CSVs.
const PRODUCTION = { id: '123456789012', name: 'acme-production (demo)' }
async function expectNamed(where: Locator) {
  await expect(where).toContainText(PRODUCTION.name)
  await expect(where).toContainText(PRODUCTION.id)
}

test('the Overview, Functions, a function page, Anomalies and Keep-warm budgets name the account with its id beside', async ({
  page,
}) => {
  await page.goto('/')
  const topRow = page.getByTestId('top-functions').locator('tbody tr').filter({ hasText: 'recommender-embed-user' })
  await expectNamed(topRow)

  await page.goto('/functions')
  const row = page
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: 'recommender-embed-user', exact: true }) })
  await expectNamed(row)
  await expect(
    page.getByLabel('Account').locator('option', { hasText: `${PRODUCTION.name} (${PRODUCTION.id})` }),
  ).toHaveCount(1)

  await row.getByRole('link', { name: 'recommender-embed-user', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'recommender-embed-user' })).toBeVisible()
  await expectNamed(page.locator('.page-header p').first())

  await page.goto('/anomalies')
  const incident = page
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: 'recommender-embed-user', exact: true }) })
    .first()
  await expectNamed(incident)
  await expect(
    page.getByLabel('Account').locator('option', { hasText: `${PRODUCTION.name} (${PRODUCTION.id})` }),
  ).toHaveCount(1)

  await page.goto('/budgets')
  const budget = page
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: 'recommender-embed-user', exact: true }) })
    .first()
  await expectNamed(budget)
})

test('both CSVs carry account_name beside account_id', async ({ request }) => {
  const read = async (url: string) =>
    parse(await (await request.get(url)).text(), { bom: true, columns: true }) as Record<string, string>[]
  const functions = await read('/api/exports/functions.csv?month=2026-11')
  expect(functions.find((row) => row.function_name === 'recommender-embed-user')).toMatchObject({
    account_id: PRODUCTION.id,
    account_name: PRODUCTION.name,
  })
  const costs = await read('/api/exports/costs.csv?from=2026-11-01&to=2026-11-30&granularity=monthly&groupBy=account')
  expect(costs.find((row) => row.account_id === PRODUCTION.id)?.account_name).toBe(PRODUCTION.name)
})

test('an alert rule limited to one account names it, with its id beside', async ({ page, request }) => {
  const created = await request.post('/api/alerts/rules', {
    data: {
      name: 'production only',
      kinds: [],
      minSeverity: 'critical',
      accountId: PRODUCTION.id,
      format: 'json',
      enabled: true,
      webhookUrl: 'https://hooks.alerts.invalid/production',
    },
  })
  expect(created.status()).toBe(201)
  await page.goto('/alerts')
  const row = page.getByTestId('alert-rules').locator('tbody tr', { hasText: 'production only' }).first()
  await expect(row).toContainText(`account ${PRODUCTION.name} ${PRODUCTION.id} only`)
})
