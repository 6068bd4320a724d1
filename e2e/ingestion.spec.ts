import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { awsFixturePath } from '../tests/support/aws-fixtures'

// The recorded FOCUS 1.2 sample, moved into the demo production account so that removing the demo data (a later
// spec) removes what this spec imports too.
const focus = readFileSync(awsFixturePath('focus-1.2-aws-lambda.synthetic.csv'), 'utf8').replaceAll(
  ',111111111111,prod,',
  ',123456789012,acme-production (demo),',
)

test('an operator sees the reconciliation of the demo data explained by the free tier, and the page is accessible', async ({
  page,
  request,
}) => {
  const api = await (await request.get('/api/reconciliation')).json()
  expect(api.rows.length).toBeGreaterThan(20)
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ingestion' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ingestion' })).toBeVisible()
  const table = page.getByTestId('reconciliation')
  await expect(table.locator('tbody tr')).toHaveCount(api.rows.length)
  const unexplained = await table.locator('tbody tr td:nth-child(8)').allInnerTexts()
  expect(unexplained.every((text) => text.trim() === '$0.00')).toBe(true)
  await expect(table).toContainText('acme-production (demo)')

  // The month range lives in the URL.
  await page.getByLabel('From month').fill('2026-09')
  await expect(page).toHaveURL(/from=2026-09/)
  await expect(table.locator('tbody tr')).toHaveCount(
    api.rows.filter((row: { month: string }) => row.month >= '2026-09').length,
  )

  const accessibility = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(accessibility.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
})

test('starting a run without AWS credentials shows it failing with a clear message', async ({ page }) => {
  await page.goto('/ingestion')
  // Controlled inputs: fill them once React has hydrated the page.
  await page.waitForLoadState('networkidle')
  await page.getByLabel('From', { exact: true }).fill('2026-10-01')
  await page.getByLabel('To', { exact: true }).fill('2026-10-31')
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-10-01')
  // Today's Cost Explorer spending against the daily cap (FINOPS_CE_MAX_USD_PER_DAY, $2.00 by default).
  await expect(page.getByTestId('cost-explorer-spend')).toContainText('$0.00 spent of the $2.00 daily cap')
  await page.getByRole('button', { name: 'Start run' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Run queued' })).toBeVisible()
  const runs = page.getByTestId('ingestion-runs')
  // The worker picks the run up; the page polls while it is queued or running.
  await expect(runs.locator('tbody tr').first()).toContainText('failed', { timeout: 30_000 })
  await expect(runs.locator('tbody tr').first()).toContainText('No AWS credentials found')
  await expect(runs.locator('tbody tr').first()).toContainText('1 Oct 2026 – 31 Oct 2026')
  // Until a run succeeds, every page says the data may be out of date, and why.
  await page.goto('/')
  const banner = page.getByTestId('ingestion-failed')
  await expect(banner).toContainText('Data may be out of date')
  await expect(banner).toContainText('No AWS credentials found')
  await banner.getByRole('link', { name: 'Open Ingestion' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ingestion' })).toBeVisible()
})

test('a FOCUS file is imported once: the second upload changes nothing', async ({ page }) => {
  await page.goto('/ingestion')
  await page.waitForLoadState('networkidle')
  const file = { name: 'focus-sample.csv', mimeType: 'text/csv', buffer: Buffer.from(focus) }
  await page.getByLabel(/CUR 2\.0 or FOCUS/).setInputFiles(file)
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByTestId('upload-result')).toContainText(
    'Imported 5 rows as 5 lines: 5 new, 0 already stored and replaced (15 Sep 2025 – 15 Sep 2025',
  )
  await expect(page.getByTestId('imported-files')).toContainText('focus-sample.csv')
  await expect(page.getByTestId('imported-files')).toContainText('FOCUS 1.2')

  await page.getByLabel(/CUR 2\.0 or FOCUS/).setInputFiles(file)
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByTestId('upload-result')).toContainText('was already imported')
  await expect(page.getByTestId('imported-files').locator('tbody tr')).toHaveCount(1)

  const broken = {
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(focus.replace(',0.0024,', ',two cents,')),
  }
  await page.getByLabel(/CUR 2\.0 or FOCUS/).setInputFiles(broken)
  await page.getByRole('button', { name: 'Import' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'rows are invalid' })
  await expect(alert).toContainText('1 of 5 rows are invalid')
  await expect(alert.getByRole('table')).toContainText('BilledCost')
})

test("a billing period's parts uploaded together are a complete set; the page says what each period holds and which source counts", async ({
  page,
}) => {
  await page.goto('/ingestion')
  await page.waitForLoadState('networkidle')
  const [header, ...rows] = focus.trimEnd().split(/\r?\n/)
  const part = (name: string, lines: string[]) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...lines].join('\n')),
  })
  await page
    .getByLabel(/CUR 2\.0 or FOCUS/)
    .setInputFiles([part('focus-00001.csv', rows.slice(0, 3)), part('focus-00002.csv', rows.slice(3))])
  await page.getByRole('button', { name: 'Import 2 files as a set' }).click()
  await expect(page.getByTestId('upload-result')).toContainText('Imported 2 files as a complete set: 5 lines')
  // The parts now hold the lines the whole file brought before: the same lines, not twice as many.
  const periods = page.getByTestId('billing-periods')
  await expect(periods.locator('tbody tr')).toHaveCount(1)
  await expect(periods.locator('tbody tr').first()).toContainText('Sep 2025')
  await expect(periods.locator('tbody tr').first()).toContainText('focus-00001.csv: 3')
  await expect(periods.locator('tbody tr').first()).toContainText('focus-00002.csv: 2')
  await expect(periods.locator('tbody tr').first()).not.toContainText('focus-sample.csv')
  await expect(page.getByTestId('source-precedence')).toContainText(
    'only one counts: Cost Explorer, else CUR 2.0 files, else FOCUS files',
  )
})

test('ingestion API: validation errors name the field, runs and imports are listed', async ({ request }) => {
  const bad = await request.post('/api/ingest', { data: { from: '2026-10-31', to: '2026-10-01' } })
  expect(bad.status()).toBe(400)
  expect((await bad.json()).error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('`to`') })
  const future = await request.post('/api/ingest', { data: { from: '2026-10-01', to: '2999-01-01' } })
  expect(future.status()).toBe(400)
  const runs = await (await request.get('/api/ingest/runs')).json()
  expect(runs.runs[0]).toMatchObject({ status: 'failed', from: '2026-10-01', to: '2026-10-31', trigger: 'manual' })
  const imports = await (await request.get('/api/imports')).json()
  expect(imports.imports).toHaveLength(3)
  expect(imports.periods).toHaveLength(1)
  const structural = await request.post('/api/imports?fileName=legacy.csv', {
    headers: { 'content-type': 'text/csv' },
    data: 'lineItem/UsageStartDate,lineItem/UnblendedCost\n2025-09-01,1\n',
  })
  expect(structural.status()).toBe(422)
  expect((await structural.json()).error.message).toMatch(/legacy Cost and Usage Report/)
  const openapi = await (await request.get('/api/openapi.json')).json()
  expect(Object.keys(openapi.paths)).toEqual(
    expect.arrayContaining(['/api/ingest', '/api/ingest/runs', '/api/imports', '/api/reconciliation']),
  )
})
