import { expect, test } from '@playwright/test'

// A link that does not validate shows what is wrong and the way to the page's defaults, never the error
// boundary; an id that cannot name anything is a 404.
test.describe('invalid links', () => {
  for (const [url, field, defaults] of [
    ['/functions?from=2026-02-30', '`from`: expected a calendar date', '/functions'],
    ['/anomalies?functionId=99999999999', '`functionId`: no id is larger than 2147483647', '/anomalies'],
    ['/?month=9999-12', '`month`: expected a month between 2000-01 and 2099-12', '/'],
    ['/ingestion?from=2026-13', '`from`: expected a month as YYYY-MM', '/ingestion'],
    ['/simulator?functionId=abc', '`functionId`: expected an id', '/simulator'],
    ['/teams?month=2026-13', '`month`: expected a month as YYYY-MM', '/teams'],
    ['/schedules?id=abc', '`id`: expected an id (a positive whole number)', '/schedules'],
  ] as const) {
    test(`${url} names ${field} and links to the defaults`, async ({ page }) => {
      await page.goto(url)
      const invalid = page.getByTestId('invalid-link')
      await expect(invalid).toContainText('This link is invalid')
      await expect(invalid).toContainText(field)
      await expect(page.getByText('This page could not be loaded')).toHaveCount(0)
      await invalid.getByRole('link').click()
      await expect(page).toHaveURL((target) => target.pathname === defaults && target.search === '')
      await expect(page.getByTestId('invalid-link')).toHaveCount(0)
    })
  }

  // notFound(): the not-found page, marked noindex. (The dashboard's loading.tsx streams the page, so Next has
  // already sent 200 by then; a real 404 status would need the skeleton removed.)
  test('a function id beyond PostgreSQL integers, or not a number, is not found', async ({ page }) => {
    for (const url of ['/functions/99999999999', '/functions/2147483648', '/functions/abc']) {
      await page.goto(url)
      await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
      await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached()
      await expect(page.getByText('This page could not be loaded')).toHaveCount(0)
    }
  })

  test('a function page with a range past 800 days names it', async ({ page, request }) => {
    const { functions } = (await (await request.get('/api/functions')).json()) as { functions: { id: number }[] }
    await page.goto(`/functions/${functions[0]!.id}?from=2000-01-01`)
    await expect(page.getByTestId('invalid-link')).toContainText('at most 800 days')
  })
})
