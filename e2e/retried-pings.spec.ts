// Issue 15, item 7, on the demo data: a retried keep-warm ping is keep-warm traffic that failed and was retried, and
// every page that counts it says so in the same words. In the month of the retry storm (recommender-embed-user's
// keep-warm pings failing, each retried twice), the change reads as Keep-warm, not Retries, as the Functions list's
// keep-warm share, the keep-warm budget and the anomaly count it.
import { expect, test } from '@playwright/test'

const MEANING = 'keep-warm pings that failed and were retried'
const RULE = `Retried pings (${MEANING}) are keep-warm traffic`

type Part = { driver: string; usd: string; sentence: string }
type Breakdown = {
  labels: { function: Record<string, { name: string }> }
  functionChanges: Record<
    string,
    { dominant: string; parts: Part[]; current: { retries: number; retriedPings: number } }
  >
}

function monthOf(day: string) {
  const [year, month] = day.split('-').map(Number) as [number, number]
  return { from: `${day.slice(0, 7)}-01`, to: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) }
}

test('a retried ping is keep-warm on Costs, Functions, the function’s budget and the anomaly, in the same words', async ({
  page,
  request,
}) => {
  const { incidents } = (await (
    await request.get('/api/incidents?kind=retry_amplification&from=2025-12-01')
  ).json()) as {
    incidents: {
      root: { kind: string; functionId: number; functionName: string; firstDay: string; explanation: string }
    }[]
  }
  const storm = incidents.find((incident) => incident.root.functionName === 'recommender-embed-user')!.root
  const { from, to } = monthOf(storm.firstDay)

  // Costs: the month's change is Keep-warm, with the retried pings in it; no Retries part.
  const costs = (await (
    await request.get(`/api/costs?from=${from}&to=${to}&groupBy=function&service=AWS%20Lambda`)
  ).json()) as Breakdown
  const arn = Object.entries(costs.labels.function).find(([, label]) => label.name === 'recommender-embed-user')![0]
  const change = costs.functionChanges[arn]!
  expect(change.dominant).toBe('keep_warm')
  expect(change.parts.map((part) => part.driver)).not.toContain('retries')
  expect(change.current.retriedPings).toBe(change.current.retries)
  const keepWarm = change.parts.find((part) => part.driver === 'keep_warm')!
  expect(Number(keepWarm.usd)).toBeGreaterThan(150)
  expect(keepWarm.sentence).toMatch(/retried pings [\d,]+ → [\d,]+ \(keep-warm pings that failed and were retried,/)
  await page.goto(
    `/costs?from=${from}&to=${to}&service=AWS%20Lambda&groupBy=function&function=${encodeURIComponent(arn)}`,
  )
  const decomposition = page.getByTestId('decomposition')
  await expect(decomposition.locator('tr', { hasText: 'main reason' })).toContainText('Keep-warm')
  await expect(decomposition.locator('tr', { hasText: 'main reason' })).toContainText(MEANING)
  await expect(decomposition).toContainText('retried pings: keep-warm')

  // Functions: the keep-warm share counts them, and the page says so.
  await page.goto(`/functions?q=recommender-embed-user&from=${from}&to=${to}`)
  await expect(page.getByTestId('keep-warm-share-rule')).toContainText(RULE)

  // The function's keep-warm budget against actual: the same rule beside the numbers; the anomaly says it too.
  await page.goto(`/functions/${storm.functionId}?from=${from}&to=${to}`)
  await expect(page.getByTestId('keep-warm-actual-rule')).toContainText(RULE)
  expect(storm.explanation).toContain('keep-warm pings failed and each was attempted 3.0×')
  expect(storm.explanation).toContain(`retried pings (${MEANING}) are keep-warm traffic`)
  await expect(page.getByTestId('function-incidents')).toContainText(`retried pings (${MEANING}) are keep-warm traffic`)

  // Keep-warm budgets: the same rule.
  await page.goto('/budgets')
  await expect(page.getByTestId('keep-warm-actual-rule')).toContainText(RULE)
})
