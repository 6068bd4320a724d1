import { expect, test } from '@playwright/test'
import { formatUsd } from '../lib/domain/money'

// Runs after the read-only specs: it removes the demo data and loads it back.
test('demo data is removed in one click and can be loaded again', async ({ page, request }) => {
  // Loading the demo data back writes thirteen months of generated rows: on a busy two-core machine that alone can take
  // most of the default minute.
  test.slow()
  await page.goto('/settings')
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Remove demo data' }).click()
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible()

  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'No cost data yet' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Demo data.' })).toHaveCount(0)

  await page.goto('/settings')
  await page.getByRole('button', { name: 'Load demo data' }).click()
  await expect(page.getByRole('button', { name: 'Remove demo data' })).toBeVisible({ timeout: 60_000 })
  await page.goto('/')
  // The month's total is back, as the API computes it from the reloaded data.
  const { total } = (await (await request.get('/api/overview')).json()) as { total: { currentUsd: string } }
  expect(Number(total.currentUsd)).toBeGreaterThan(0)
  await expect(page.getByTestId('kpi-total')).toContainText(formatUsd(total.currentUsd))
})
