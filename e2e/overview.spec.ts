import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { barLengths, expectCategoryLabels, expectLegend, expectProportional, stackHeights } from './chart-readings'

type Overview = {
  month: string
  availableMonths: string[]
  total: { currentUsd: string; changeUsd: string }
  topFunctions: { name: string }[]
  trend: { services: string[]; rows: { month: string; totalUsd: string }[] }
  lambdaByCategory: { label: string; costUsd: string }[]
}

const usd = (amount: string) => {
  const [whole, fraction = ''] = Number(amount).toFixed(2).replace('-', '').split('.')
  return `${amount.startsWith('-') ? '-' : ''}$${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`
}

test('a team lead sees last month on demo data: total, change, trend, Lambda split and top functions', async ({
  page,
  request,
}) => {
  const api = (await (await request.get('/api/overview')).json()) as Overview
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: 'Demo data' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Overview')
  await expect(page.getByTestId('kpi-total')).toContainText(usd(api.total.currentUsd))
  await expect(page.getByTestId('kpi-change')).toContainText(usd(api.total.changeUsd).replace('-', ''))
  // The trend draws each service the API names, and each month's stack as tall as its total.
  const trend = page.getByRole('img', { name: 'Monthly cost by service, last 13 months' })
  await expectLegend(trend, api.trend.services)
  expectProportional(
    await stackHeights(trend),
    api.trend.rows.map((row) => Number(row.totalUsd)).filter((total) => total > 0),
  )
  // The Lambda bill by usage type: one bar per category, as long as its cost.
  const lambda = page.getByRole('img', { name: 'Lambda cost by usage type' })
  await expectCategoryLabels(
    lambda,
    api.lambdaByCategory.map((category) => category.label),
  )
  expectProportional(
    await barLengths(lambda),
    api.lambdaByCategory.map((category) => Number(category.costUsd)),
  )
  await expect(page.getByTestId('top-functions').locator('tbody tr')).toHaveCount(5)
  await expect(page.getByTestId('top-functions')).toContainText(api.topFunctions[0]!.name)
  for (const category of api.lambdaByCategory)
    await expect(page.getByTestId('lambda-usage-table')).toContainText(category.label)
  await expect(page.getByTestId('lambda-usage-table')).toContainText('Provisioned concurrency')
  // "Lambda +$300" reads as its causes, the biggest first, with the function behind it one click away.
  const why = page.getByTestId('lambda-change')
  // The retry storm's retries repeated failed keep-warm pings: keep-warm, as the Functions list and budgets count them.
  await expect(why.locator('tbody tr').first()).toContainText('Keep-warm')
  await expect(why.locator('tbody tr').first().getByRole('link', { name: 'recommender-embed-user' })).toBeVisible()
  // No row of zeros: sub-cent causes are named in one line, and the rows' cents add up to the change shown.
  const cents = (text: string) => Math.round(Number(text.replace(/[$,+]/g, '').replace('−', '-')) * 100)
  const rows = await why.locator('tbody td.num').allTextContents()
  expect(rows.map(cents)).not.toContain(0)
  expect(rows.map(cents).reduce((a, b) => a + b, 0)).toBe(cents((await why.locator('strong').first().textContent())!))

  const accessibility = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(accessibility.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
})

test('the month is in the URL: switching months updates the page, and the link reproduces it', async ({
  page,
  request,
}) => {
  const api = (await (await request.get('/api/overview')).json()) as Overview
  const earlier = api.availableMonths[api.availableMonths.indexOf(api.month) - 1]!
  await page.goto('/')
  await page.getByRole('button', { name: 'Previous month' }).click()
  await expect(page).toHaveURL(new RegExp(`month=${earlier}`))
  const earlierApi = (await (await request.get(`/api/overview?month=${earlier}`)).json()) as Overview
  await expect(page.getByTestId('kpi-total')).toContainText(usd(earlierApi.total.currentUsd))

  await page.goto(`/?month=${earlier}`)
  await expect(page.getByTestId('kpi-total')).toContainText(usd(earlierApi.total.currentUsd))
})

test('API basics: health, OpenAPI document and JSON errors for bad input', async ({ request }) => {
  const health = await request.get('/api/health')
  expect(health.status()).toBe(200)
  expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'up' } })

  const openapi = await (await request.get('/api/openapi.json')).json()
  expect(openapi.openapi).toBe('3.1.0')
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/overview']))

  const bad = await request.get('/api/overview?month=2026-13')
  expect(bad.status()).toBe(400)
  const body = await bad.json()
  expect(body.error.code).toBe('bad_request')
  expect(body.error.message).toContain('month')
})
