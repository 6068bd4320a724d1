// Issue 15, item 14, on the demo data: a new alert rule can send what is open now (a choice on the form), and a
// rule's test message is in the delivery log. The receiver is a name that never resolves (.invalid): the test
// message fails, and the log says so.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('a new rule that asks for it queues the matching incidents open now; its test message is logged', async ({
  page,
  request,
}) => {
  const { incidents } = (await (
    await request.get('/api/incidents?status=open&minSeverity=critical&from=2025-01-01')
  ).json()) as { incidents: { root: { functionName: string | null } }[] }
  expect(incidents.length).toBeGreaterThan(0)

  await page.goto('/alerts')
  await page.getByRole('button', { name: 'New rule' }).click()
  const form = page.getByRole('form', { name: 'New alert rule' })
  await form.getByLabel('Name').fill('on-call, open now too')
  await form.getByLabel('Webhook URL').fill('https://hooks.alerts.invalid/services/T0/B0/token')
  await form.getByLabel('Minimum severity').selectOption('critical')
  await expect(form.getByLabel('Minimum severity').locator('option:checked')).toHaveText('Critical')
  await expect(form.getByLabel('Only incidents detected from now on')).toBeChecked()
  await form.getByLabel('Also send the matching incidents open now').check()
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(results.violations).toEqual([])
  await form.getByRole('button', { name: 'Create rule' }).click()

  const row = page.getByTestId('alert-rules').locator('tbody tr', { hasText: 'on-call, open now too' })
  await expect(row).toContainText('Critical or worse')
  // Every matching open incident is queued, however long ago it was detected.
  await expect(row.locator('td').nth(3)).toHaveText(`0 · ${incidents.length} · 0`)

  await row.getByRole('button', { name: 'Test' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Test message: failed' })).toBeVisible()
  const logged = page.getByTestId('delivery-log').locator('tbody tr', { hasText: 'Test message' })
  await expect(logged).toHaveCount(1)
  await expect(logged).toContainText('on-call, open now too')
  await expect(logged).toContainText('failed')
  // Logged, not counted among the rule's alerts.
  await expect(row.locator('td').nth(3)).toHaveText(`0 · ${incidents.length} · 0`)
})
