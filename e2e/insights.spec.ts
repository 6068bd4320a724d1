import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { barRectangles, expectProportional, referenceLabels, stackHeights } from './chart-readings'
import { ADMIN } from './support/admin'

type Anomaly = {
  id: number
  kind: string
  functionId: number | null
  functionName: string | null
  firstDay: string
  lastDay: string
  impactUsd: string
  status: string
}

type FunctionDetail = { series: { t: string; costUsd: string }[] }

const lastDayOf = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10)

async function accessibility(page: import('@playwright/test').Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
}

test('an engineer goes from the overview to the function with the largest anomaly: budget against actual, the anomaly on the timeline, the simulator link', async ({
  page,
  request,
}) => {
  const overview = (await (await request.get('/api/overview')).json()) as {
    month: string
    topFunctions: { id: number; name: string }[]
  }
  const from = `${overview.month}-01`
  const to = lastDayOf(overview.month)
  const { anomalies } = (await (await request.get(`/api/anomalies?from=${from}&to=${to}&sort=impact`)).json()) as {
    anomalies: Anomaly[]
  }
  const largest = anomalies.find((anomaly) => anomaly.functionId !== null && anomaly.kind !== 'config_risk')!
  expect(largest).toMatchObject({ kind: 'retry_amplification', functionName: 'recommender-embed-user' })

  await page.goto('/')
  await page.getByTestId('top-functions').getByRole('link', { name: largest.functionName! }).click()
  await expect(page).toHaveURL(new RegExp(`/functions/${largest.functionId}\\?month=${overview.month}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(largest.functionName!)

  // The anomaly on the timeline: listed above the charts and shaded in them, over each day's estimated cost.
  await expect(page.getByTestId('timeline-marks')).toContainText('Retry amplification')
  const shaded = await page.getByTestId('timeline-marks').locator('li strong').count()
  const costChart = page.getByRole('img', { name: 'Estimated cost over time' })
  await expect(costChart.locator('.recharts-reference-area')).toHaveCount(shaded)
  await expect(referenceLabels(costChart).filter({ hasText: 'Retry amplification' })).toHaveCount(1)
  const detail = (await (
    await request.get(`/api/functions/${largest.functionId}?from=${from}&to=${to}`)
  ).json()) as FunctionDetail
  expectProportional(
    await stackHeights(costChart),
    detail.series.map((point) => Number(point.costUsd)).filter((cost) => cost > 0),
  )

  // Its keep-warm budget against actual, with the formula and each day's pings.
  const keepWarm = page.getByTestId('keep-warm-panel')
  await expect(keepWarm).toContainText('43,200 pings × 10 s × 2 GB = 864,000 GB-s × $0.0000133334')
  await expect(keepWarm.getByTestId('keep-warm-month')).toContainText('Projected to month end')
  await keepWarm.getByText('Show each day as a table').click()
  const incidentDay = keepWarm.getByTestId('keep-warm-days').locator('tr', {
    hasText: `15 ${new Date(`${from}T00:00:00Z`).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })}`,
  })
  await expect(incidentDay).toContainText('1,440')
  await expect(incidentDay).toContainText('4,320')
  await expect(page.getByTestId('function-incidents')).toContainText('each was attempted 3.0×')
  await expect(page.getByTestId('function-incidents')).toContainText('Also seen as: keep-warm budget overrun')

  const simulator = page.getByTestId('simulator-link')
  // The simulator measures the range this page shows.
  await expect(simulator).toHaveAttribute('href', `/simulator?from=${from}&functionId=${largest.functionId}&to=${to}`)
  await accessibility(page)
})

test('the function page switches to hourly data for the recent timeout incident, with the range in the URL', async ({
  page,
  request,
}) => {
  const { functions } = (await (
    await request.get('/api/functions?q=nightly-tenant-report&accountId=123456789012')
  ).json()) as { functions: { id: number }[]; to: string }
  const { dataThrough: to } = (await (await request.get('/api/functions')).json()) as { dataThrough: string }
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10)
  await page.goto(`/functions/${functions[0]!.id}?from=${from}&to=${to}`)
  await page.getByLabel('Resolution').selectOption('hour')
  await expect(page).toHaveURL(/granularity=hour/)
  // One bar per hour with a cost, as the hourly API has them.
  const hourly = (await (
    await request.get(`/api/functions/${functions[0]!.id}?from=${from}&to=${to}&granularity=hour`)
  ).json()) as FunctionDetail
  const hourlyCosts = hourly.series.map((point) => Number(point.costUsd)).filter((cost) => cost > 0)
  expect(hourly.series.length).toBeGreaterThan(24)
  const costChart = page.getByRole('img', { name: 'Estimated cost over time' })
  await expect(page.getByRole('heading', { name: 'Timeline, hourly' })).toBeVisible()
  await expect(barRectangles(costChart)).toHaveCount(hourlyCosts.length)
  expectProportional(await stackHeights(costChart), hourlyCosts)
  await expect(page.getByTestId('timeline-marks')).toContainText(/Timeout amplification \d+ \w+ 17:00/)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Timeline, hourly' })).toBeVisible()
  await expect(barRectangles(costChart)).toHaveCount(hourlyCosts.length)
})

test('the function list filters and sorts through the URL', async ({ page }) => {
  await page.goto('/functions')
  await expect(page.getByTestId('functions-table').locator('tbody tr')).toHaveCount(40)
  await page.getByLabel('Region').selectOption('us-east-1')
  await expect(page).toHaveURL(/region=us-east-1/)
  await page.getByLabel('Name contains').fill('feature')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/q=feature/)
  await expect(page.getByTestId('functions-table').locator('tbody tr')).toHaveCount(2)
  await page.getByLabel('Sort by').selectOption('name')
  await expect(page.getByTestId('functions-table').locator('tbody tr').first()).toContainText('dev-feature-flags-api')
  await accessibility(page)
})

test('the injected demo incidents are on the anomalies page with the right kind, month and function, and their cause', async ({
  page,
  request,
}) => {
  const { to } = (await (await request.get('/api/anomalies')).json()) as { to: string }
  // "Mon YYYY" of the month `monthsAgo` before the last day with data, as the Period column writes it.
  const monthStart = (monthsAgo: number) =>
    new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1 - monthsAgo, 1))
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  const label = (monthsAgo: number) =>
    `${MONTHS[monthStart(monthsAgo).getUTCMonth()]} ${monthStart(monthsAgo).getUTCFullYear()}`
  await page.goto(`/anomalies?from=${monthStart(5).toISOString().slice(0, 10)}&to=${to}`)
  const table = page.getByTestId('incidents-table')
  const injected = [
    {
      kind: 'Retry amplification',
      fn: 'recommender-embed-user',
      monthsAgo: 1,
      cause:
        /each was attempted 3\.0× \(MaximumRetryAttempts = 2\): [\d,]+ of [\d,]+ invocations were errors, [\d,]+ of them retries/,
    },
    {
      kind: 'Timeout amplification',
      fn: 'nightly-tenant-report',
      monthsAgo: 0,
      cause: /ran into the 15 min timeout .* and were retried/,
    },
    { kind: 'Error spike', fn: 'webhook-receiver', monthsAgo: 2, cause: /invocations failed .* against a usual/ },
    { kind: 'Throttle spike', fn: 'cognito-trigger', monthsAgo: 4, cause: /throttled .* reserved concurrency of 20/ },
  ]
  for (const incident of injected) {
    const button = page.getByRole('button', { name: new RegExp(incident.kind) })
    const row = table.locator('tbody tr').filter({ hasText: incident.fn }).filter({ has: button })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText(label(incident.monthsAgo))
    await row.getByRole('button').click()
    await expect(page.getByTestId('anomaly-details')).toContainText(incident.cause)
    await row.getByRole('button').click()
  }
})

test('anomalies: filter by kind in the URL, expand a row to its evidence and chart, acknowledge it saying who and why', async ({
  page,
  request,
}) => {
  await page.goto('/anomalies')
  await page.getByLabel('Kind').selectOption('error_spike')
  await expect(page).toHaveURL(/kind=error_spike/)
  await page.getByLabel('From').fill('2026-01-01')
  await page.getByRole('button', { name: 'Apply' }).click()
  const row = page.getByTestId('incidents-table').locator('tbody tr').first()
  await expect(row).toContainText('webhook-receiver')
  // A third of requests failed, costing a cent: medium, not high.
  await expect(row).toContainText('Medium')
  await row.getByRole('button', { name: /Error spike/ }).click()
  const details = page.getByTestId('anomaly-details')
  await expect(details).toContainText(/failed .* against a usual/)
  await expect(details.getByRole('table', { name: 'Evidence' })).toContainText('errorRatePct')
  // The chart shades the anomaly's days and draws the cost around them, as the anomaly's API has it.
  await expect(details.locator('.recharts-reference-area')).toHaveCount(1)
  await expect(referenceLabels(details)).toHaveText(['Error spike'])
  const { anomalies } = (await (
    await request.get('/api/anomalies?kind=error_spike&from=2026-01-01&sort=impact')
  ).json()) as { anomalies: Anomaly[] }
  const context = (await (await request.get(`/api/anomalies/${anomalies[0]!.id}`)).json()) as {
    context: { points: { costUsd: string }[] }
  }
  expectProportional(
    await stackHeights(details.getByRole('img')),
    context.context.points.map((point) => Number(point.costUsd)).filter((cost) => cost > 0),
  )
  await accessibility(page)

  await details.getByLabel('Why').fill('partner rotated its secret; fixed')
  await details.getByRole('button', { name: 'Acknowledge' }).click()
  await expect(row).toContainText('acknowledged')
  await expect(row).toContainText(`by ${ADMIN.email}`)
})

test('keep-warm budgets: a suggestion becomes a budget in one click', async ({ page }) => {
  await page.goto('/budgets')
  const suggestion = page.getByTestId('suggestions-table').locator('tr', { hasText: 'feature-flags-api' })
  await expect(suggestion).toContainText('every 4 min × 1')
  await accessibility(page)
  await suggestion.getByRole('button', { name: 'Create budget' }).click()
  await expect(page.getByTestId('budgets-table')).toContainText('feature-flags-api')
  await expect(page.getByTestId('suggestions-table')).not.toContainText('feature-flags-api')
})

test('alerts: a rule is created (anomalies and failed ingestion runs) with its webhook shown masked, and the delivery log lists what was sent', async ({
  page,
  request,
}) => {
  await page.goto('/alerts')
  await page.getByRole('button', { name: 'New rule' }).click()
  await page.getByLabel('Name').fill('on-call Slack')
  // The server posts from inside its network: the cloud's metadata service is never a webhook.
  await page.getByLabel('Webhook URL').fill('http://169.254.169.254/latest/meta-data/secret-token')
  await page.getByLabel('Retry amplification').check()
  await page.getByLabel(/Also send failed ingestion runs/).check()
  await page.getByRole('button', { name: 'Create rule' }).click()
  await expect(page.getByRole('form', { name: 'New alert rule' }).getByRole('alert')).toContainText(
    "169.254.169.254 is the cloud's instance metadata service",
  )
  await page.getByLabel('Webhook URL').fill('https://hooks.example.com/services/T000/B000/secret-token')
  await page.getByRole('button', { name: 'Create rule' }).click()
  const rules = page.getByTestId('alert-rules')
  await expect(rules).toContainText('on-call Slack')
  await expect(rules).toContainText('failed ingestion runs')
  await expect(rules).toContainText('https://hooks.example.com/…oken')
  await expect(page.locator('body')).not.toContainText('secret-token')
  // The log shows the deliveries the API lists (none yet, or those queued for the new rule since).
  await expect(async () => {
    const { deliveries } = (await (await request.get('/api/alerts/deliveries')).json()) as { deliveries: unknown[] }
    await page.reload()
    if (deliveries.length === 0) await expect(page.getByText('Nothing sent yet.')).toBeVisible({ timeout: 1000 })
    else
      await expect(page.getByTestId('delivery-log').locator('tbody tr')).toHaveCount(deliveries.length, {
        timeout: 1000,
      })
  }).toPass({ timeout: 20_000 })
  await accessibility(page)
})
