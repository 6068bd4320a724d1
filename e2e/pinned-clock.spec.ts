import { expect, test } from '@playwright/test'
import { TEST_NOW } from '../tests/support/test-clock'

// The e2e server's clock starts at TEST_NOW (FINOPS_NOW), so its demo data is the same on any day.
test('the demo data ends the day before the pinned date, and the server tells that date as today', async ({
  request,
}) => {
  const today = TEST_NOW.slice(0, 10)
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  const demo = (await (await request.get('/api/demo-data')).json()) as { lastDay: string | null }
  expect(demo.lastDay).toBe(yesterday)
  const health = (await (await request.get('/api/health')).json()) as { checkedAt: string }
  expect(health.checkedAt.slice(0, 10)).toBe(today)
})
