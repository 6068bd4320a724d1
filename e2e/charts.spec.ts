import { expect, test, type Locator, type Page } from '@playwright/test'

// Issue 15, item 19: charts that do not mislead. Round ticks in one unit, a titled right axis, errors and
// throttles apart, the legend in stack order, and a tooltip with the total in the page's text colour.

type Overview = {
  trend: { services: string[]; rows: { month: string; totalUsd: string; byService: Record<string, string> }[] }
}

const usd = (amount: string) => {
  const [whole, fraction = ''] = Number(amount).toFixed(2).replace('-', '').split('.')
  return `${amount.startsWith('-') ? '-' : ''}$${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`
}

/** The tick texts of a chart's value axis: the left one, or the right one of a chart with two. */
async function yTicks(chart: Locator, side: 'left' | 'right' = 'left'): Promise<string[]> {
  const axes = await chart.locator('.recharts-yAxis-tick-labels').evaluateAll((groups) =>
    groups.map((group) => ({
      x: group.getBoundingClientRect().x,
      ticks: [...group.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((tick) => tick.textContent ?? ''),
    })),
  )
  axes.sort((a, b) => a.x - b.x)
  if (side === 'right') expect(axes).toHaveLength(2)
  return (side === 'left' ? axes[0] : axes[1])?.ticks ?? []
}

/** Ticks in one unit whose steps are equal and 1, 2, 2.5 or 5 times a power of ten. */
function expectRoundTicksInOneUnit(ticks: string[]) {
  expect(ticks.length).toBeGreaterThanOrEqual(2)
  const units = new Set(ticks.map((tick) => tick.replace(/[-\d.,]/g, '').trim()))
  expect(units.size, `one unit: ${ticks.join(' / ')}`).toBe(1)
  const values = ticks.map((tick) => Number(tick.replace(/[^-\d.]/g, '')))
  const step = Math.abs(values[1]! - values[0]!)
  for (let index = 1; index < values.length; index++)
    expect(Math.abs(values[index]! - values[index - 1]!)).toBeCloseTo(step, 6)
  const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9)
  expect(
    [1, 2, 2.5, 5].some((round) => Math.abs(mantissa - round) < 1e-6),
    `round step ${step}`,
  ).toBe(true)
}

async function textColor(page: Page, variable: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement('span')
    probe.style.color = `var(${name})`
    document.body.append(probe)
    const color = getComputedStyle(probe).color
    probe.remove()
    return color
  }, variable)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`overview, ${colorScheme}: round dollar ticks, the legend in stack order, a tooltip with the month's total in the text colour`, async ({
    page,
    request,
  }) => {
    const overview = (await (await request.get('/api/overview')).json()) as Overview
    await page.emulateMedia({ colorScheme })
    await page.goto('/')
    const chart = page.getByRole('img', { name: 'Monthly cost by service, last 13 months' })
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible()
    expectRoundTicksInOneUnit(await yTicks(chart))

    // The first series is the bottom of each stack and the first legend entry, and so on up.
    const legend = chart.locator('.recharts-legend-item-text')
    await expect(legend.first()).toBeVisible()
    expect(await legend.allTextContents()).toEqual(overview.trend.services)

    const last = overview.trend.rows.at(-1)!
    await chart.locator('.recharts-bar-rectangle').last().hover()
    const tooltip = page.getByTestId('chart-tooltip')
    await expect(tooltip).toBeVisible()
    const shown = overview.trend.services.filter((service) => Number(last.byService[service] ?? 0) !== 0)
    expect(await tooltip.locator('tbody th').allTextContents()).toEqual(shown)
    await expect(tooltip.locator('tfoot')).toHaveText(`Total${usd(last.totalUsd)}`)
    await expect(tooltip).toHaveCSS('color', await textColor(page, '--text'))
    await expect(tooltip).toHaveCSS('background-color', await textColor(page, '--surface'))
  })
}

test('function page: one unit per axis at round values, a titled right axis, errors and throttles in different colours', async ({
  page,
  request,
}) => {
  const { functions } = (await (await request.get('/api/functions?q=recommender-embed-user')).json()) as {
    functions: { id: number }[]
  }
  await page.goto(`/functions/${functions[0]!.id}`)
  const duration = page.getByRole('img', { name: 'Duration average, p99 and maximum over time' })
  await expect(duration.locator('.recharts-line-curve').first()).toBeVisible()
  expectRoundTicksInOneUnit(await yTicks(duration))

  const counts = page.getByRole('img', { name: 'Invocations, errors and throttles over time' })
  await expect(counts.locator('.recharts-line-curve').first()).toBeVisible()
  expectRoundTicksInOneUnit(await yTicks(counts, 'left'))
  expectRoundTicksInOneUnit(await yTicks(counts, 'right'))
  const titles = page.getByTestId('axis-titles').filter({ hasText: 'Errors' })
  await expect(titles).toHaveText(/Left axis: Invocations\s*Right axis: Errors, Throttles/)

  const strokes = await counts
    .locator('.recharts-line-curve')
    .evaluateAll((curves) => curves.map((curve) => getComputedStyle(curve).stroke))
  expect(strokes).toHaveLength(3)
  expect(new Set(strokes).size, `invocations, errors and throttles: ${strokes.join(', ')}`).toBe(3)
  const legend = await counts.locator('.recharts-legend-item-text').allTextContents()
  expect(legend).toEqual(['Invocations', 'Errors', 'Throttles'])
})
