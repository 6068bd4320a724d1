import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

// Issue 15, item 13: a month with no data says so and leads to months that have some, and to where data comes from.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`

test('an overview of a month without data says so, offers the nearest months with data and where data comes from', async ({
  page,
  request,
}) => {
  const { availableMonths } = (await (await request.get('/api/overview')).json()) as { availableMonths: string[] }
  await page.goto('/?month=2030-01')
  await expect(page.getByRole('heading', { name: 'No cost data for Jan 2030' })).toBeVisible()
  // No $0.00 pretending to be a month.
  await expect(page.getByTestId('kpi-total')).toHaveCount(0)
  await expect(
    page.getByText(`Cost data covers ${monthLabel(availableMonths[0]!)} to ${monthLabel(availableMonths.at(-1)!)}`),
  ).toBeVisible()
  // Years after the data: its last six months, oldest first.
  const offered = page.getByTestId('months-with-data').getByRole('link')
  await expect(offered).toHaveText(availableMonths.slice(-6).map(monthLabel))
  const empty = page.getByRole('status').filter({ hasText: 'No cost data for Jan 2030' })
  await expect(empty.getByRole('link', { name: 'Settings', exact: true })).toHaveAttribute('href', '/settings')
  await expect(empty.getByRole('link', { name: 'Ingestion', exact: true })).toHaveAttribute('href', '/ingestion')
  const accessibility = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(accessibility.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])

  const latest = availableMonths.at(-1)!
  await offered.last().click()
  await expect(page).toHaveURL(new RegExp(`month=${latest}`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText(monthLabel(latest))
  await expect(page.getByTestId('kpi-total')).toBeVisible()
})

test('a month before the data offers its first months', async ({ page, request }) => {
  const { availableMonths } = (await (await request.get('/api/overview')).json()) as { availableMonths: string[] }
  await page.goto('/?month=2020-06')
  await expect(page.getByRole('heading', { name: 'No cost data for Jun 2020' })).toBeVisible()
  await expect(page.getByTestId('months-with-data').getByRole('link')).toHaveText(
    availableMonths.slice(0, 6).map(monthLabel),
  )
})
