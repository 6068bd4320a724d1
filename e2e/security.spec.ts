// What a browser and the network see of the server's defences: security headers on every page, a strict
// Content-Security-Policy that the dashboard itself never violates, and answers only to its own host names.
import { request as httpRequest } from 'node:http'
import { expect, type Page, test } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3123)

const DASHBOARD_PAGES = ['/', '/costs', '/functions', '/budgets', '/anomalies', '/alerts', '/simulator', '/ingestion', '/settings']

/** Collects every CSP violation the page reports, both as an event and as a console message. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`))
  })
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))]
}

function rawRequest(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: PORT, path, method, headers }, (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

test('every dashboard page is served with a nonce-based CSP and the other security headers, and breaks none of them', async ({ page, request }) => {
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
    expect(JSON.parse(rebound.body).error).toMatchObject({ code: 'misdirected_request', message: expect.stringContaining('FINOPS_ALLOWED_HOSTS') })
  }
  const write = await rawRequest('/api/demo-data', { host: 'rebind.attacker.example', origin: 'http://rebind.attacker.example' }, 'DELETE')
  expect(write.status).toBe(421)
  // A client cannot claim another host through X-Forwarded-Host without a trusted proxy.
  expect((await rawRequest('/api/health', { host: `127.0.0.1:${PORT}`, 'x-forwarded-host': 'rebind.attacker.example' })).status).toBe(200)
  for (const host of [`localhost:${PORT}`, `127.0.0.1:${PORT}`, `[::1]:${PORT}`]) expect((await rawRequest('/api/health', { host })).status, host).toBe(200)
})

test('writes: a foreign or unparseable Origin is refused with a 4xx, scripts without one still work', async () => {
  const body = JSON.stringify({ region: 'us-east-1', architecture: 'x86_64', memoryMb: 512, requestsPerDay: 500, avgDurationMs: 100, strategies: { provisioned_concurrency: { concurrency: 1 } } })
  const post = (headers: Record<string, string>) => rawRequest('/api/simulate', { host: `127.0.0.1:${PORT}`, 'content-type': 'application/json', ...headers }, 'POST', body)
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
