import { expect, test } from '@playwright/test'

// Issue 15, item 11: the Costs page leads somewhere and says what it cannot compare.
type Breakdown = {
  from: string
  to: string
  availableMonths: string[]
  groups: { label: string; values: Record<string, string> }[]
  labels: { function: Record<string, { id: number; name: string }> }
}

test('one function is not a dead end: its row leads to the function’s page for the same range', async ({
  page,
  request,
}) => {
  const month = (await (await request.get('/api/costs?groupBy=function&service=AWS%20Lambda')).json()) as Breakdown
  const top = month.groups[0]!
  const arn = top.values.function!
  const { id, name } = month.labels.function[arn]!
  await page.goto(
    `/costs?from=${month.from}&to=${month.to}&granularity=daily&groupBy=&service=AWS+Lambda&function=${encodeURIComponent(arn)}`,
  )
  const link = page.getByTestId('breakdown-table').getByTestId('function-page-link')
  await expect(link).toHaveText(name)
  // No row named "Total" as the only thing left to click.
  await expect(page.getByTestId('breakdown-table').locator('tbody th')).not.toHaveText('Total')
  await link.click()
  // The same period, spelt as the Overview spells a month.
  await expect(page).toHaveURL(new RegExp(`/functions/${id}\\?month=${month.from.slice(0, 7)}$`))
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
})

test('at 1440 px the breakdown table shows every column, with the top movers below it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/costs?groupBy=usage_type&service=AWS+Lambda')
  const table = page.getByTestId('breakdown-table')
  await expect(table.locator('tbody tr').first()).toBeVisible()
  // The table fits the width it is given: nothing is cut or scrolled away.
  const fit = await table.evaluate((element) => ({
    scroll: element.parentElement!.scrollWidth,
    client: element.parentElement!.clientWidth,
  }))
  expect(fit.scroll).toBeLessThanOrEqual(fit.client)
  const lastColumn = (await table.locator('thead th').last().boundingBox())!
  const card = (await page.locator('section', { has: table }).boundingBox())!
  expect(lastColumn.x + lastColumn.width).toBeLessThanOrEqual(card.x + card.width)
  const tableBox = (await table.boundingBox())!
  const moversBox = (await page.getByTestId('top-movers').boundingBox())!
  expect(moversBox.y).toBeGreaterThanOrEqual(tableBox.y + tableBox.height)
})

test('the first month of data has no previous period: "no data to compare" instead of the whole amount as change', async ({
  page,
  request,
}) => {
  const { availableMonths } = (await (await request.get('/api/costs?groupBy=service')).json()) as Breakdown
  const first = availableMonths[0]!
  const month = (await (
    await request.get(`/api/costs?from=${first}-01&to=${first}-28&groupBy=service`)
  ).json()) as Breakdown
  await page.goto(`/costs?from=${month.from}&to=${month.to}&granularity=daily&groupBy=service`)
  await expect(page.getByTestId('kpi-change')).toContainText('—')
  await expect(page.getByTestId('kpi-change')).toContainText('no data to compare')
  await expect(page.getByTestId('breakdown-table').locator('tbody tr').first()).toContainText('no data to compare')
  await expect(page.getByTestId('top-movers')).toContainText('No data to compare')

  // A month that has one still shows its change.
  await page.goto(`/costs?from=${availableMonths[1]}-01&to=${availableMonths[1]}-28&granularity=daily&groupBy=service`)
  await expect(page.getByTestId('kpi-change')).not.toContainText('no data to compare')
})
