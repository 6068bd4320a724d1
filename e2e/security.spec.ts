// What a browser and the network see of the server's defences: security headers on every page, a strict
// Content-Security-Policy that the dashboard itself never violates, and answers only to its own host names.
import { request as httpRequest } from 'node:http'
import { expect, type Page, test } from '@playwright/test'
import { adminCookieHeader } from './support/admin'

const PORT = Number(process.env.E2E_PORT ?? 3123)

const DASHBOARD_PAGES = [
  '/',
  '/costs',
  '/functions',
  '/budgets',
  '/anomalies',
  '/alerts',
  '/simulator',
  '/ingestion',
  '/settings',
]

/** Collects every CSP violation the page reports, both as an event and as a console message. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    )
  })
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
  ]
}

function rawRequest(
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  body?: string,
): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: PORT, path, method, headers }, (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode!, body: text, location: response.headers.location }),
      )
    })
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * Next.js answers an RSC request whose `_rsc` cache-busting parameter does not match its headers with a redirect to
 * the same address with the right one (a route handler's too): follow those (the same path only), so the page's or
 * the route's own answer is what is judged.
 */
async function followingRscRedirects(path: string, headers: Record<string, string>) {
  let response = await rawRequest(path, headers)
  for (
    let hop = 0;
    hop < 3 &&
    response.location &&
    new URL(response.location, 'http://x').searchParams.has('_rsc') &&
    new URL(response.location, 'http://x').pathname === new URL(path, 'http://x').pathname;
    hop++
  ) {
    response = await rawRequest(response.location, headers)
  }
  return response
}

test('every dashboard page is served with a nonce-based CSP and the other security headers, and breaks none of them', async ({
  page,
  request,
}) => {
  // Eleven pages, each until the network is idle: more than the default minute on a busy machine.
  test.setTimeout(180_000)
  const functions = (await (await request.get('/api/functions')).json()) as { functions: { id: number }[] }
  const pages = [...DASHBOARD_PAGES, `/functions/${functions.functions[0]!.id}`, '/no-such-page']
  const violations = await watchViolations(page)
  const nonces = new Set<string>()
  for (const path of pages) {
    const response = await page.goto(path)
    const headers = response!.headers()
    const csp = headers['content-security-policy']!
    expect(csp, path).toContain("frame-ancestors 'none'")
    expect(csp, path).toContain("object-src 'none'")
    expect(csp, path).not.toContain('unsafe-eval')
    const nonce = /script-src 'self' 'nonce-([^']+)' 'strict-dynamic'/.exec(csp)?.[1]
    expect(nonce, path).toBeTruthy()
    nonces.add(nonce!)
    // Next.js put this request's nonce on its scripts.
    expect(await page.locator(`script[nonce]`).count(), path).toBeGreaterThan(0)
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('same-origin')
    await page.waitForLoadState('networkidle')
    if (path !== '/no-such-page') await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible()
  }
  expect(nonces.size).toBe(pages.length)

  // Charts draw with inline style attributes (allowed) and hover tooltips: still no violation.
  await page.goto('/')
  await page.locator('.recharts-bar-rectangle').first().hover()
  await page.goto('/simulator')
  await page.waitForLoadState('networkidle')
  expect(await violations()).toEqual([])
})

test('a request for a host name the server does not answer to is refused before any page or API runs (DNS rebinding)', async () => {
  for (const path of ['/', '/api/overview', '/api/health']) {
    const rebound = await rawRequest(path, { host: `rebind.attacker.example:${PORT}` })
    expect(rebound.status, path).toBe(421)
    expect(JSON.parse(rebound.body).error).toMatchObject({
      code: 'misdirected_request',
      message: expect.stringContaining('FINOPS_ALLOWED_HOSTS'),
    })
  }
  const write = await rawRequest(
    '/api/demo-data',
    { host: 'rebind.attacker.example', origin: 'http://rebind.attacker.example' },
    'DELETE',
  )
  expect(write.status).toBe(421)
  // A client cannot claim another host through X-Forwarded-Host without a trusted proxy.
  expect(
    (await rawRequest('/api/health', { host: `127.0.0.1:${PORT}`, 'x-forwarded-host': 'rebind.attacker.example' }))
      .status,
  ).toBe(200)
  for (const host of [`localhost:${PORT}`, `127.0.0.1:${PORT}`, `[::1]:${PORT}`])
    expect((await rawRequest('/api/health', { host })).status, host).toBe(200)
})

test('writes: a foreign or unparseable Origin is refused with a 4xx, scripts without one still work', async () => {
  const body = JSON.stringify({
    region: 'us-east-1',
    architecture: 'x86_64',
    memoryMb: 512,
    requestsPerDay: 500,
    avgDurationMs: 100,
    strategies: { provisioned_concurrency: { concurrency: 1 } },
  })
  const post = (headers: Record<string, string>) =>
    rawRequest(
      '/api/simulate',
      { host: `127.0.0.1:${PORT}`, 'content-type': 'application/json', cookie: adminCookieHeader(), ...headers },
      'POST',
      body,
    )
  expect((await post({})).status).toBe(200)
  expect((await post({ origin: `http://127.0.0.1:${PORT}` })).status).toBe(200)
  for (const origin of ['not a url', 'http://[::1', '%']) {
    const refused = await post({ origin })
    expect(refused.status, origin).toBe(400)
    expect(JSON.parse(refused.body).error.message).toContain('Origin')
  }
  expect((await post({ origin: 'null' })).status).toBe(403)
  expect((await post({ origin: 'https://evil.example' })).status).toBe(403)
  expect((await post({ origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' })).status).toBe(403)
})

test('without credentials every page sends the browser to sign in and every API but health answers 401, whatever the request looks like', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const page = await context.newPage()
  for (const path of DASHBOARD_PAGES) {
    await page.goto(path)
    await expect(page, path).toHaveURL(
      path === '/' ? /\/sign-in$/ : new RegExp(`/sign-in\\?next=${encodeURIComponent(path)}$`),
    )
  }
  await context.close()
  const host = `127.0.0.1:${PORT}`
  // The page itself checks (not proxy.ts): RSC and prefetch requests, and the header of the 2025 middleware bypass, change nothing.
  const variants: Record<string, string>[] = [
    {},
    { rsc: '1' },
    { 'next-router-prefetch': '1', rsc: '1' },
    { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  ]
  for (const headers of variants) {
    const costsPage = await followingRscRedirects('/costs?groupBy=account', { host, ...headers })
    // A redirect: an HTTP one, or (for an RSC request) one in the payload.
    expect(`${costsPage.location ?? ''} ${costsPage.body}`, JSON.stringify(headers)).toContain('/sign-in')
    // Not a byte of what the page shows signed in (the demo's account names, the layout's navigation).
    expect(costsPage.body, JSON.stringify(headers)).not.toContain('acme-production')
    expect(costsPage.body, JSON.stringify(headers)).not.toContain('cost, budgets, anomalies')
    const api = await followingRscRedirects('/api/overview', { host, ...headers })
    expect(api.status, JSON.stringify(headers)).toBe(401)
    expect(JSON.parse(api.body).error.code).toBe('unauthorized')
  }
  expect((await rawRequest('/api/health', { host })).status).toBe(200)
})
