import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import Decimal from 'decimal.js'
import { expectProportional, stackHeights } from './chart-readings'

type Breakdown = {
  from: string
  to: string
  total: { currentUsd: string; changeUsd: string; byPeriod: string[] }
  groups: { label: string; values: Record<string, string> }[]
  functionChanges: Record<string, { dominant: string | null }>
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monthLabel = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`
const usd = (amount: string) => {
  const [whole, fraction = ''] = new Decimal(amount).abs().toFixed(2).split('.')
  return `$${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`
}
const sum = (values: string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0))

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
}

test('a team lead opens last month, sees total and change, drills AWS Lambda → usage type → top function, and a copied link reproduces the view', async ({
  page,
  context,
  request,
}) => {
  const month = (await (await request.get('/api/costs?granularity=daily&groupBy=service')).json()) as Breakdown
  const range = `from=${month.from}&to=${month.to}&granularity=daily`

  await page.goto('/costs')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Costs · ${monthLabel(month.from)}`)
  await expect(page.getByTestId('kpi-total')).toContainText(usd(month.total.currentUsd))
  await expect(page.getByTestId('kpi-change')).toContainText(usd(month.total.changeUsd))
  // The chart draws the largest services and each day's stack as tall as that day's total.
  const chart = page.getByRole('img', { name: 'Cost by service, per day' })
  for (const group of month.groups.slice(0, 3))
    await expect(chart.locator('.recharts-legend-item-text', { hasText: group.label })).toHaveCount(1)
  expectProportional(
    await stackHeights(chart),
    month.total.byPeriod.map(Number).filter((total) => total > 0),
  )
  await expectNoSeriousAxeViolations(page)

  // Service → usage type: a click on the row's name.
  const table = page.getByTestId('breakdown-table')
  await table.getByRole('link', { name: 'AWS Lambda', exact: true }).click()
  await expect(page).toHaveURL(/groupBy=usage_type/)
  await expect(page).toHaveURL(/service=AWS\+Lambda/)
  const lambda = (await (
    await request.get(`/api/costs?${range}&groupBy=usage_type&service=AWS%20Lambda`)
  ).json()) as Breakdown
  await expect(page.getByTestId('kpi-total')).toContainText(usd(lambda.total.currentUsd))
  await expect(page.getByTestId('breadcrumbs')).toContainText('AWS Lambda')

  // Usage type → function: from the keyboard.
  // Usage types read as names with their code beside ("On-demand duration, Arm (APN2-Lambda-GB-Second-ARM)").
  const usageType = lambda.groups[0]!.values.usage_type!
  const usageTypeLabel = lambda.groups[0]!.label
  expect(usageTypeLabel).toMatch(
    new RegExp(
      `^(Requests|On-demand duration|Provisioned concurrency|Duration on provisioned concurrency|Ephemeral storage), (Arm|x86) \\(${usageType}\\)$`,
    ),
  )
  await table.getByRole('link', { name: usageTypeLabel, exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/groupBy=function/)
  await expect(page.getByTestId('cost-notes')).toContainText('estimates')
  await expect(page.getByTestId('cost-notes')).toContainText('AWS Lambda only')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Estimated')
  const functions = (await (
    await request.get(
      `/api/costs?${range}&groupBy=function&service=AWS%20Lambda&usage_type=${encodeURIComponent(usageType)}`,
    )
  ).json()) as Breakdown
  const top = functions.groups[0]!
  await expect(table.locator('tbody tr').first()).toContainText(top.label)

  // The top function: its change decomposition, main reason first.
  await table.getByRole('link', { name: top.label, exact: true }).click()
  await expect(page).toHaveURL(/function=arn/)
  const decomposition = page.getByTestId('decomposition')
  await expect(decomposition).toContainText(`Why ${top.label} changed`)
  await expect(decomposition).toContainText('main reason')
  // Its retry storm was failing keep-warm pings retried: keep-warm, as its keep-warm share and budget count it.
  expect(functions.functionChanges[top.values.function!]!.dominant).toBe('keep_warm')
  await expect(decomposition.locator('tr', { hasText: 'main reason' })).toContainText('Keep-warm')
  await expect(decomposition.locator('tr', { hasText: 'main reason' })).toContainText(
    'keep-warm pings that failed and were retried',
  )
  await expect(page.getByTestId('breadcrumbs').getByRole('listitem')).toHaveText([
    'All costs',
    'AWS Lambda',
    usageTypeLabel,
    top.label,
  ])
  await expectNoSeriousAxeViolations(page)

  const view = {
    heading: await page.getByRole('heading', { level: 1 }).textContent(),
    total: await page.getByTestId('kpi-total').textContent(),
    crumbs: await page.getByTestId('breadcrumbs').textContent(),
    decomposition: await decomposition.textContent(),
  }
  const copy = await context.newPage()
  await copy.goto(page.url())
  await expect(copy.getByRole('heading', { level: 1 })).toHaveText(view.heading!)
  await expect(copy.getByTestId('kpi-total')).toHaveText(view.total!)
  await expect(copy.getByTestId('breadcrumbs')).toHaveText(view.crumbs!)
  await expect(copy.getByTestId('decomposition')).toHaveText(view.decomposition!)

  // Breadcrumbs go back to the view each step came from.
  await page.getByTestId('breadcrumbs').getByRole('link', { name: usageTypeLabel, exact: true }).click()
  await expect(page).toHaveURL(/groupBy=function/)
  await expect(page).not.toHaveURL(/function=arn/)
  await page.getByTestId('breadcrumbs').getByRole('link', { name: 'AWS Lambda', exact: true }).click()
  await expect(page).toHaveURL(/groupBy=usage_type/)
  await expect(page).not.toHaveURL(/usage_type=/)
  await expect(page.getByTestId('kpi-total')).toContainText(usd(lambda.total.currentUsd))
  await page.getByTestId('breadcrumbs').getByRole('link', { name: 'All costs' }).click()
  await expect(page).toHaveURL(/groupBy=service/)
  await expect(page.getByTestId('kpi-total')).toContainText(usd(month.total.currentUsd))
})

test('finance downloads both CSVs: Excel-ready files whose totals equal the dashboard', async ({ page, request }) => {
  const month = (await (await request.get('/api/costs?granularity=daily&groupBy=service')).json()) as Breakdown
  await page.goto('/costs')
  await expect(page.getByTestId('kpi-total')).toContainText(usd(month.total.currentUsd))

  const [costs] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-costs').click()])
  expect(costs.suggestedFilename()).toBe(`costs_${month.from}_${month.to}_daily_by_service.csv`)
  const costsBytes = await readFile(await costs.path())
  expect([...costsBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const costsText = costsBytes.toString('utf8')
  expect(costsText.split('\r\n')[0]).toBe('\uFEFFrow_type,period_start,service,cost_usd,amortized_cost_usd,estimated')
  const costRows = parse(costsText, { bom: true, columns: true }) as Record<string, string>[]
  // Detail rows add up to the dashboard's total; the marked total row, last, says the same.
  const costDetails = costRows.filter((row) => row.row_type === 'detail')
  expect(sum(costDetails.map((row) => row.cost_usd!)).eq(month.total.currentUsd)).toBe(true)
  expect(costRows.slice(costDetails.length).map((row) => [row.row_type, row.cost_usd])).toEqual([
    ['total', new Decimal(month.total.currentUsd).toFixed()],
  ])

  const [functions] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-functions').click()])
  expect(functions.suggestedFilename()).toBe(`functions_${month.from.slice(0, 7)}.csv`)
  const functionFile = parse(await readFile(await functions.path(), 'utf8'), { bom: true, columns: true }) as Record<
    string,
    string
  >[]
  const functionRows = functionFile.filter((row) => row.row_type === 'detail')
  const byFunction = (await (
    await request.get(`/api/costs?from=${month.from}&to=${month.to}&groupBy=function`)
  ).json()) as Breakdown
  expect(sum(functionRows.map((row) => row.estimated_cost_usd!)).eq(byFunction.total.currentUsd)).toBe(true)
  expect(functionFile.at(-1)).toMatchObject({
    row_type: 'total',
    function_name: 'All functions',
    estimated_cost_usd: new Decimal(byFunction.total.currentUsd).toFixed(),
  })
  expect(Object.keys(functionRows[0]!).slice(0, 19)).toEqual([
    'row_type',
    'account_id',
    'account_name',
    'region',
    'function_name',
    'architecture',
    'memory_mb',
    'invocations',
    'errors',
    'gb_seconds',
    'estimated_cost_usd',
    'previous_month_cost_usd',
    'change_vs_previous_month_usd',
    'change_vs_previous_month_pct',
    'change_reason',
    'keep_warm_budget_usd',
    'keep_warm_actual_usd',
    'keep_warm_over_budget_usd',
    'function_arn',
  ])
  const recommender = functionRows.find((row) => row.function_name === 'recommender-embed-user')!
  expect(recommender.change_reason).toMatch(/^keep_warm: /)
  // The retry storm's pings cost far more than its keep-warm budget: the variance against the budget says by how much.
  expect(
    new Decimal(recommender.keep_warm_over_budget_usd!).eq(
      new Decimal(recommender.keep_warm_actual_usd!).minus(recommender.keep_warm_budget_usd!),
    ),
  ).toBe(true)
  expect(new Decimal(recommender.keep_warm_over_budget_usd!).gt(0)).toBe(true)
})

test('the view is in the URL: group-by, filters and sort change it and survive a reload; a bad link says what is wrong', async ({
  page,
  request,
}) => {
  await page.goto('/costs')
  await page.getByLabel('Group by').selectOption('account')
  await page.getByLabel('then by').selectOption('service')
  await expect(page).toHaveURL(/groupBy=account%2Cservice/)
  await page.getByLabel('Region', { exact: true }).selectOption('us-east-1')
  await expect(page).toHaveURL(/region=us-east-1/)
  await page.getByRole('button', { name: /^Change %/ }).click()
  await expect(page).toHaveURL(/sort=-change_pct/)
  await expect(page.getByRole('columnheader', { name: /Change %/ })).toHaveAttribute('aria-sort', 'descending')
  const rows = await page.getByTestId('breakdown-table').locator('tbody tr').allTextContents()
  await page.reload()
  await expect(page.getByTestId('breakdown-table').locator('tbody tr')).toHaveText(rows)
  await page.getByRole('button', { name: 'Remove filter Region: us-east-1' }).click()
  await expect(page).not.toHaveURL(/region=/)

  // The month in progress: the days AWS still estimates are flagged.
  await page.locator('#month-select').selectOption({ index: 0 })
  await expect(page.getByTestId('estimated-days')).toContainText('still estimated by AWS')

  await page.goto('/costs?granularity=weekly')
  await expect(page.getByRole('alert').filter({ hasText: 'This link has a problem' })).toContainText('granularity')
  // The rest of the view is the default one: last month by service.
  const month = (await (await request.get('/api/costs?granularity=daily&groupBy=service')).json()) as Breakdown
  await expect(page.getByTestId('kpi-total')).toContainText(usd(month.total.currentUsd))
})

test('grouped by team: every team and the unallocated bucket with its share, adding up to the month’s total', async ({
  page,
  request,
}) => {
  const byTeam = (await (await request.get('/api/costs?from=2026-10-01&to=2026-10-31&groupBy=team')).json()) as {
    groups: { values: { team?: string }; sharePct: number | null; currentUsd: string }[]
  }
  const byService = (await (await request.get('/api/costs?from=2026-10-01&to=2026-10-31')).json()) as Breakdown
  expect(sum(byTeam.groups.map((group) => group.currentUsd)).toFixed()).toBe(
    new Decimal(byService.total.currentUsd).toFixed(),
  )
  expect(byTeam.groups.find((group) => group.values.team === 'unallocated')?.sharePct).toBeGreaterThan(0)

  await page.goto('/costs?from=2026-10-01&to=2026-10-31&service=AWS+Lambda')
  await page.getByLabel('Group by').selectOption('team')
  await expect(page).toHaveURL(/groupBy=team/)
  await expect(page).not.toHaveURL(/service=/)
  await expect(page.getByTestId('kpi-total')).toContainText(usd(byService.total.currentUsd))
  const table = page.getByTestId('breakdown-table')
  await expect(table.locator('tbody tr').filter({ hasText: 'unallocated' })).toHaveCount(1)
  await expect(page.getByLabel('then by')).toHaveCount(0)
})
