import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { NAV_ITEMS } from '../components/layout/nav-items'

// Issue 15, items 17 and 18: every page on a phone (390x844), the skip link, the favicon and the dark theme.

const PHONE = { width: 390, height: 844 }

type PageCase = { name: string; path: (request: APIRequestContext) => Promise<string>; figures: string[] }

async function functionId(request: APIRequestContext): Promise<number> {
  const { functions } = (await (await request.get('/api/functions?q=recommender-embed-user')).json()) as {
    functions: { id: number }[]
  }
  return functions[0]!.id
}

// Each page's main figures: what a reader opens it for. Charts must draw (bars or lines), tables must be there.
const PAGES: PageCase[] = [
  {
    name: 'Overview',
    path: async () => '/',
    figures: ['[data-testid="kpi-total"]', '.recharts-bar-rectangle', '[data-testid="top-functions"]'],
  },
  {
    name: 'Costs',
    path: async () => '/costs',
    figures: ['.recharts-bar-rectangle', '[data-testid="breakdown-table"]'],
  },
  { name: 'Teams', path: async () => '/teams', figures: ['[data-testid="team-forecast"]', '[data-testid="showback"]'] },
  { name: 'Functions', path: async () => '/functions', figures: ['[data-testid="functions-table"]'] },
  {
    name: 'Function',
    path: async (request) => `/functions/${await functionId(request)}`,
    figures: ['.recharts-surface', '[data-testid="keep-warm-panel"]'],
  },
  { name: 'Keep-warm budgets', path: async () => '/budgets', figures: ['[data-testid="budgets-table"]'] },
  {
    name: 'Spend budgets',
    path: async () => '/budgets/spend',
    figures: ['#spend-budgets-title', '[data-testid="download-budgets"]'],
  },
  { name: 'Anomalies', path: async () => '/anomalies', figures: ['[data-testid="incidents-table"]'] },
  { name: 'Alerts', path: async () => '/alerts', figures: ['#rules-title', '#deliveries-title'] },
  { name: 'Servers', path: async () => '/servers', figures: ['[data-testid="servers"]'] },
  {
    name: 'Schedules',
    path: async () => '/schedules',
    figures: ['[data-testid="schedule-plan"]', '[data-testid="schedule-savings"]'],
  },
  {
    name: 'Simulator',
    path: async (request) => `/simulator?functionId=${await functionId(request)}`,
    figures: ['[data-testid="verdict"]', '[data-testid="strategy-costs"]', '.recharts-line-curve'],
  },
  { name: 'Ingestion', path: async () => '/ingestion', figures: ['form', '[data-testid="reconciliation"]'] },
  { name: 'Settings', path: async () => '/settings', figures: ['h2'] },
]

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(
    violations.map(
      (violation) =>
        `${where}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}

async function openAndSettle(page: Page, path: string, figures: string[]) {
  const missing: string[] = []
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url())
  })
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  for (const figure of figures) await expect(page.locator(figure).first()).toBeVisible()
  return missing
}

test('every page in the navigation has its phone case here', async ({ request }) => {
  const checked = (await Promise.all(PAGES.map((pageCase) => pageCase.path(request)))).map((path) => path.split('?')[0])
  expect(NAV_ITEMS.map((item) => item.href).filter((href) => !checked.includes(href))).toEqual([])
})

test.describe('on a phone (390x844)', () => {
  test.use({ viewport: PHONE })

  for (const pageCase of PAGES) {
    test(`${pageCase.name}: no sideways scroll, its figures visible and within the screen, no 404, no axe violation in either theme`, async ({
      page,
      request,
    }) => {
      const missing = await openAndSettle(page, await pageCase.path(request), pageCase.figures)
      // Nothing wider than the screen: wide tables scroll inside their card, charts shrink to it.
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }))
      expect(widths.scroll, `${pageCase.name} scrolls sideways`).toBeLessThanOrEqual(widths.inner)
      for (const figure of pageCase.figures) {
        // A figure's card is on the screen (a wide table scrolls inside it).
        const box = await page
          .locator(figure)
          .first()
          .evaluate((element) => {
            const { left, right } = (element.closest('.card') ?? element).getBoundingClientRect()
            return { left, right }
          })
        expect(box.left, `${figure} starts off screen`).toBeGreaterThanOrEqual(0)
        expect(box.right, `${figure} ends off screen`).toBeLessThanOrEqual(PHONE.width)
      }
      // The navigation is a menu button, not a column beside the page.
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
      await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible()
      expect(missing, 'requests that got 404 (the favicon, say)').toEqual([])

      await expectNoAxeViolations(page, `${pageCase.name}, light`)
      await page.emulateMedia({ colorScheme: 'dark' })
      await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(15, 20, 26)')
      await expectNoAxeViolations(page, `${pageCase.name}, dark`)
    })
  }

  test('the menu opens the navigation, closes on Escape and after choosing a page', async ({ page }) => {
    await page.goto('/')
    const menu = page.getByRole('button', { name: 'Menu' })
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    const navigation = page.getByRole('navigation', { name: 'Main' })
    await expect(navigation).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(navigation).toBeHidden()
    await expect(menu).toBeFocused()

    await menu.click()
    await navigation.getByRole('link', { name: 'Anomalies' }).click()
    await expect(page).toHaveURL(/\/anomalies$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Anomalies')
    await expect(navigation).toBeHidden()
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
  })
})

test('the first Tab reaches a skip link that moves focus past the navigation to the page', async ({ page }) => {
  await page.goto('/costs')
  await expect(page.getByTestId('breakdown-table')).toBeVisible()
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).not.toBeInViewport()
  await page.keyboard.press('Tab')
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#main')).toBeFocused()
  // The next Tab lands inside the page, not on the navigation it skipped.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main')
})

test('every page has a favicon: an SVG served from the page’s own origin', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href')
  expect(href).toMatch(/^\/icon\.svg/)
  const icon = await request.get(href!)
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toContain('image/svg+xml')
})

test.describe('dark theme', () => {
  test('follows the system, and the toggle overrides it from the first paint of the next page', async ({
    page,
    request,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    const body = page.locator('html')
    await expect(body).toHaveCSS('background-color', 'rgb(15, 20, 26)')
    const control = page.getByLabel('Theme')
    await expect(control).toHaveValue('system')

    await control.selectOption('light')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await expect(body).toHaveCSS('background-color', 'rgb(246, 247, 249)')

    await control.selectOption('dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(body).toHaveCSS('background-color', 'rgb(15, 20, 26)')
    // The choice is in the HTML the server sends, so no page paints light first.
    const cookies = await page.context().cookies()
    const html = await (
      await request.get('/costs', {
        headers: { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') },
      })
    ).text()
    expect(html).toMatch(/<html[^>]*data-theme="dark"/)
    await page.goto('/costs')
    await expect(page.getByLabel('Theme')).toHaveValue('dark')
    await expect(body).toHaveCSS('background-color', 'rgb(15, 20, 26)')

    await page.getByLabel('Theme').selectOption('system')
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
    await expect(body).toHaveCSS('background-color', 'rgb(246, 247, 249)')
  })

  for (const pageCase of PAGES) {
    test(`${pageCase.name} chosen dark at full width has no axe violation`, async ({
      page,
      context,
      request,
      baseURL,
    }) => {
      await context.addCookies([{ name: 'finops-theme', value: 'dark', url: baseURL! }])
      await openAndSettle(page, await pageCase.path(request), pageCase.figures)
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
      await expectNoAxeViolations(page, `${pageCase.name}, dark`)
    })
  }
})
