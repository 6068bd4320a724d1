// What the browser downloads for a page must not carry the API's documentation: the OpenAPI descriptions belong to
// /api/openapi.json, and a client module that imports a module holding them (a schema beside its operations) ships
// them to every visitor. Pages parse their URL with lib/schemas/*-query.ts, which hold none (ESLint keeps it so);
// this checks the scripts a browser really receives.
import { expect, test } from '@playwright/test'
import { NAV_ITEMS } from '../components/layout/nav-items'

// Every page the navigation offers (a new page is checked as soon as it is in the navigation), and a function's.
const DASHBOARD_PAGES = NAV_ITEMS.map((item) => item.href)

/** Every summary and description of the OpenAPI document long enough to be distinctive. */
function documentationTexts(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) documentationTexts(item, found)
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'description' || key === 'summary') && typeof value === 'string') found.add(value)
      else documentationTexts(value, found)
    }
  }
  return found
}

/**
 * The longest run of the text that a minifier writes as it is (letters, digits, spaces, plain punctuation): quotes,
 * backticks and non-ASCII characters may come out escaped. Runs shorter than 24 characters are too common to tell.
 */
function needle(text: string): string | null {
  const longest = (text.match(/[A-Za-z0-9 ,.;:()/+-]+/g) ?? []).reduce(
    (best, run) => (run.trim().length > best.length ? run.trim() : best),
    '',
  )
  return longest.length >= 24 ? longest : null
}

test('no page ships a summary or description of the OpenAPI document in its scripts', async ({ page, request }) => {
  const texts = [...documentationTexts(await (await request.get('/api/openapi.json')).json())]
  const needles = new Map(texts.flatMap((text) => (needle(text) ? [[needle(text)!, text] as const] : [])))
  expect(needles.size).toBeGreaterThan(100)

  const functions = (await (await request.get('/api/functions')).json()) as { functions: { id: number }[] }
  const scripts = new Map<string, { page: string; body: Promise<string> }>()
  let current = ''
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && !scripts.has(response.url()))
      scripts.set(response.url(), { page: current, body: response.text() })
  })
  for (const path of [...DASHBOARD_PAGES, `/functions/${functions.functions[0]!.id}`]) {
    current = path
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  expect(scripts.size).toBeGreaterThan(10)

  const shipped: string[] = []
  for (const [url, { page: path, body }] of scripts) {
    const text = await body
    for (const [found, documentation] of needles)
      if (text.includes(found)) shipped.push(`${path} ${new URL(url).pathname}: ${documentation}`)
  }
  expect(shipped).toEqual([])
})
