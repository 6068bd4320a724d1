import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { Decimal, formatUsd } from '../lib/domain/money'
import { DEFAULT_SCENARIO } from '../lib/domain/simulator/simulator-reference'
import { barLengths, expectCategoryLabels, expectLegend, expectProportional, referenceLabels } from './chart-readings'

type Simulation = {
  strategies: { strategy: string; monthlyCostUsd: string; coldStartsPerMonth: number }[]
  verdict: string
  cheapest: string
  breakEven: { crossings: number[] }[]
}

// Mission story 2: a small API of 500 requests a day, 512 MB, 100 ms; pings every 4 minutes against 1 provisioned environment.
const story = {
  region: 'us-east-1',
  architecture: 'x86_64',
  memoryMb: 512,
  requestsPerDay: 500,
  avgDurationMs: 100,
  strategies: {
    keep_warm: { intervalMinutes: 4, pingDurationMs: 50, concurrency: 1 },
    provisioned_concurrency: { concurrency: 1, hoursPerDay: 24 },
  },
}

async function simulateViaApi(request: APIRequestContext, body: unknown): Promise<Simulation> {
  const response = await request.post('/api/simulate', { data: body })
  expect(response.status()).toBe(200)
  return (await response.json()) as Simulation
}

async function expectNoSeriousAxeViolations(page: Page) {
  const accessibility = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(accessibility.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
}

test('a user compares pings every 4 minutes with provisioned concurrency of 1 for a small API and reads which is cheaper, by how much', async ({
  page,
  request,
}) => {
  await page.goto('/simulator')
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator' })).toBeVisible()
  await page.getByLabel('Region', { exact: true }).selectOption('us-east-1')
  await page.getByLabel('Architecture', { exact: true }).selectOption('x86_64')
  await page.getByLabel('Memory (MB)', { exact: true }).fill('512')
  await page.getByLabel('Requests per day', { exact: true }).fill('500')
  await page.getByLabel('Average duration (ms)', { exact: true }).fill('100')
  await page.getByRole('checkbox', { name: 'On-demand' }).uncheck()
  await page.getByRole('checkbox', { name: 'EC2 instance' }).uncheck()
  await page.getByRole('checkbox', { name: 'Keep-warm pings' }).check()
  await page.getByLabel('Ping every (min)', { exact: true }).fill('4')
  await page.getByLabel('Ping duration (ms)', { exact: true }).fill('50')
  await page.getByLabel('Environments kept warm', { exact: true }).fill('1')
  await page.getByRole('checkbox', { name: 'Provisioned concurrency' }).check()
  await page.getByLabel('Provisioned environments', { exact: true }).fill('1')
  await page.getByLabel('Hours a day (h)', { exact: true }).fill('24')

  // The page computes in the browser; the API must give the same numbers for the same input.
  const api = await simulateViaApi(request, story)
  const cost = (name: string) => new Decimal(api.strategies.find((entry) => entry.strategy === name)!.monthlyCostUsd)
  expect(api.cheapest).toBe('keep_warm')
  const saving = formatUsd(cost('provisioned_concurrency').minus(cost('keep_warm')))
  const verdict = page.getByTestId('verdict')
  await expect(verdict).toContainText(
    `Pings every 4 minutes are ${saving} a month cheaper than 1 provisioned environment`,
  )
  await expect(verdict).toHaveText(api.verdict)
  const costs = page.getByTestId('strategy-costs')
  await expect(costs.locator('tbody tr')).toHaveCount(2)
  await expect(costs.locator('tr[data-strategy="keep_warm"]')).toContainText(formatUsd(cost('keep_warm')))
  await expect(costs.locator('tr[data-strategy="keep_warm"]')).toContainText('recommended')
  await expect(costs.locator('tr[data-strategy="provisioned_concurrency"]')).toContainText(
    formatUsd(cost('provisioned_concurrency')),
  )
  await expect(page.getByTestId('strategy-provisioned_concurrency')).toContainText('Provisioned concurrency')
  await expect(page.getByTestId('strategy-provisioned_concurrency')).toContainText('× $0.0000041667')
  // The charts: a bar per strategy as long as its cost; a cost curve per strategy, this workload and each
  // break-even point (from 10 requests a day) marked.
  const bars = page.getByRole('img', { name: 'Cost a month per strategy' })
  await expectCategoryLabels(bars, ['Keep-warm pings', 'Provisioned concurrency'])
  expectProportional(await barLengths(bars), [cost('keep_warm').toNumber(), cost('provisioned_concurrency').toNumber()])
  const curve = page.getByRole('img', { name: 'Cost per strategy against requests per day, logarithmic scales' })
  await expectLegend(curve, ['Keep-warm pings', 'Provisioned concurrency'])
  await expect(curve.locator('.recharts-line')).toHaveCount(2)
  const crossings = api.breakEven.flatMap((entry) => entry.crossings.filter((x) => x >= 10))
  await expect(curve.locator('.recharts-reference-line')).toHaveCount(1 + crossings.length)
  await expect(referenceLabels(curve).filter({ hasText: 'this workload' })).toHaveCount(1)
  await expectNoSeriousAxeViolations(page)

  // The URL follows the form (debounced); opened in a new page it restores the whole scenario.
  await expect(page).toHaveURL(/strategies=keep_warm%2Cprovisioned_concurrency/)
  const shared = page.url()
  const other = await page.context().newPage()
  await other.goto(shared)
  await expect(other.getByTestId('verdict')).toHaveText(api.verdict)
  await expect(other.getByRole('checkbox', { name: 'On-demand' })).not.toBeChecked()
  await expect(other.getByLabel('Requests per day', { exact: true })).toHaveValue('500')

  // Changing an input updates the answer at once.
  await page.getByLabel('Requests per day', { exact: true }).fill('50000')
  const busier = await simulateViaApi(request, { ...story, requestsPerDay: 50_000 })
  await expect(verdict).toHaveText(busier.verdict)
})

test('invalid input names the field and keeps the last answer', async ({ page }) => {
  await page.goto('/simulator')
  const before = await page.getByTestId('verdict').textContent()
  await page.getByLabel('Memory (MB)', { exact: true }).fill('20480')
  await expect(page.getByRole('alert').filter({ hasText: 'memoryMb must be at most 10,240' })).toBeVisible()
  await expect(page.getByLabel('Memory (MB)', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('verdict')).toHaveText(before!)
})

test('?functionId= prefills the simulator from a demo function’s measured data, and the picker finds functions by name', async ({
  page,
  request,
}) => {
  const { functions } = (await (
    await request.get('/api/simulator/functions?search=recommender-embed-user')
  ).json()) as { functions: { id: number; name: string }[] }
  const fn = functions.find((entry) => entry.name === 'recommender-embed-user')!
  const workload = (await (await request.get(`/api/functions/${fn.id}/workload`)).json()) as {
    workload: { requestsPerDay: number }
  }

  await page.goto('/simulator')
  await page.getByLabel('Prefill from a function', { exact: true }).fill('embed-user')
  await page
    .getByRole('list', { name: 'Matching functions' })
    .getByRole('button', { name: /^recommender-embed-user/ })
    .click()
  await expect(page).toHaveURL(new RegExp(`functionId=${fn.id}`))
  await expect(page.getByTestId('workload-source')).toContainText('Prefilled from recommender-embed-user')
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('ap-northeast-2')
  await expect(page.getByLabel('Architecture', { exact: true })).toHaveValue('arm64')
  await expect(page.getByLabel('Memory (MB)', { exact: true })).toHaveValue('2048')
  await expect(page.getByLabel('Requests per day', { exact: true })).toHaveValue(
    String(workload.workload.requestsPerDay),
  )
  await expect(page.getByLabel('Ping every (min)', { exact: true })).toHaveValue('1')
  await expect(page.getByLabel('Traffic by hour of day', { exact: true })).toHaveValue(/,/)
  await expectNoSeriousAxeViolations(page)

  // The same prefill from a link, server-rendered.
  await page.goto(`/simulator?functionId=${fn.id}`)
  await expect(page.getByLabel('Memory (MB)', { exact: true })).toHaveValue('2048')
  // Seoul arm64 provisioned concurrency is priced (it was missing from the rate card): every strategy has a cost.
  await expect(page.getByTestId('strategy-costs').getByRole('row', { name: /^Provisioned concurrency/ })).toBeVisible()
  await expect(page.getByText(/cannot be priced/)).toHaveCount(0)
})

test('issue 15: an instance too small for the peak is marked not viable and is never the answer; prefill picks one that fits', async ({
  page,
  request,
}) => {
  const { functions } = (await (
    await request.get('/api/simulator/functions?search=recommender-embed-user')
  ).json()) as { functions: { id: number; name: string }[] }
  const fn = functions.find((entry) => entry.name === 'recommender-embed-user')!
  // Measured with the retry storm's days, as the issue saw it.
  await page.goto(`/simulator?anomalyDays=include&functionId=${fn.id}`)
  const costs = page.getByTestId('strategy-costs')
  // A peak of 15 or more concurrent requests × 2,048 MB: of Seoul's instances only m6g.12xlarge carries it, so it is the default.
  await expect(page.getByLabel('Instance type', { exact: true })).toHaveValue('m6g.12xlarge')
  await expect(costs.locator('tr[data-strategy="ec2"]')).toHaveAttribute('data-viable', 'true')

  await page.getByLabel('Instance type', { exact: true }).selectOption('t4g.small')
  const ec2Row = costs.locator('tr[data-strategy="ec2"]')
  await expect(ec2Row).toHaveAttribute('data-viable', 'false')
  await expect(ec2Row).toContainText('Not viable')
  await expect(page.getByRole('note', { name: 'EC2 instance is not viable' })).toContainText(
    /needs about 1[7-9]\.\d+ vCPUs; t4g\.small has 2/,
  )
  // The recommendation is a viable strategy, badged in the table, and the answer does not lead with the instance.
  const recommendation = page.getByTestId('recommendation')
  await expect(recommendation).not.toHaveAttribute('data-recommended', 'ec2')
  const recommended = await recommendation.getAttribute('data-recommended')
  expect(recommended).not.toBe('')
  await expect(costs.locator(`tr[data-strategy="${recommended}"]`)).toContainText('recommended')
  await expect(costs.locator(`tr[data-strategy="${recommended}"]`)).toHaveAttribute('data-viable', 'true')
  await expect(page.getByTestId('verdict')).not.toHaveText(/^A t4g\.small/)
  await expectNoSeriousAxeViolations(page)
})

test('issue 15: a pair that crosses three times lists the interval where each is cheaper, and the chart labels its break-even lines', async ({
  page,
}) => {
  await page.goto('/simulator')
  // The example scenario: on-demand and pings every 4 minutes cross at ~41, ~592 and ~8.2 million requests a day.
  const pair = page.getByTestId('break-even').locator('tr[data-pair="on_demand,keep_warm"]')
  await expect(pair).toContainText('~41, ~592, ~8,243,741')
  await expect(pair.getByRole('listitem')).toHaveText([
    'On-demand below ~41',
    'Keep-warm pings ~41 to ~592',
    'On-demand ~592 to ~8,243,741',
    'Keep-warm pings above ~8,243,741',
  ])
  // At 500 requests a day (second interval) the answer agrees: pings are cheaper.
  await expect(page.getByTestId('verdict')).toHaveText(/^Pings every 4 minutes are .* cheaper than on-demand/)
  const labels = page.getByRole('img', { name: /^Cost per strategy against requests per day/ }).locator('text')
  await expect(labels.filter({ hasText: /^on-demand = pings$/ })).toHaveCount(3)
  await expect(labels.filter({ hasText: /^this workload$/ })).toHaveCount(1)
})

test('issue 15: the function page’s link measures the range it showed, leaves out the days of open incidents, and one click includes them', async ({
  page,
  request,
}) => {
  // The month with the retry storm, as the overview and the function page show it.
  const overview = (await (await request.get('/api/overview')).json()) as { month: string }
  const from = `${overview.month}-01`
  const to = new Date(Date.UTC(Number(overview.month.slice(0, 4)), Number(overview.month.slice(5, 7)), 0))
    .toISOString()
    .slice(0, 10)
  const { functions } = (await (
    await request.get('/api/simulator/functions?search=recommender-embed-user')
  ).json()) as { functions: { id: number; name: string }[] }
  const fn = functions.find((entry) => entry.name === 'recommender-embed-user')!
  await page.goto(`/functions/${fn.id}?from=${from}&to=${to}`)
  await page.getByTestId('simulator-link').click()
  await expect(page).toHaveURL(new RegExp(`/simulator\\?from=${from}&functionId=${fn.id}&to=${to}$`))

  const source = page.getByTestId('workload-source')
  const leftOut = source.getByTestId('anomaly-days')
  await expect(leftOut).toHaveAttribute('data-mode', 'exclude')
  await expect(leftOut).toContainText(/^Left out \d+ days of open incidents \(/)
  await expect(source).toContainText(/retry amplification .*: they measure the incident, not the usual workload\./)
  const usual = Number(await page.getByLabel('Requests per day', { exact: true }).inputValue())
  // The demo function's real traffic is 3,000 requests a weekday (fewer at weekends, and the storm leaves few days);
  // the storm's failed pings and retries are not in it.
  expect(usual).toBeGreaterThan(1500)
  expect(usual).toBeLessThan(3450)

  await leftOut.getByRole('link', { name: 'Include them' }).click()
  await expect(page).toHaveURL(/anomalyDays=include/)
  await expect(source.getByTestId('anomaly-days')).toHaveAttribute('data-mode', 'include')
  await expect(source.getByTestId('anomaly-days').getByRole('link', { name: 'Leave them out' })).toBeVisible()
  await expect
    .poll(async () => Number(await page.getByLabel('Requests per day', { exact: true }).inputValue()))
    .toBeGreaterThan(usual * 1.3)
  await expectNoSeriousAxeViolations(page)
})

test('the simulator is in the navigation, and opens on mission story 2', async ({ page, request }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Simulator' }).click()
  await expect(page).toHaveURL(/\/simulator$/)
  await expect(page.getByTestId('verdict')).toHaveText((await simulateViaApi(request, DEFAULT_SCENARIO)).verdict)
})
