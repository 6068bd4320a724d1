import { expect, test } from '@playwright/test'

type FunctionDetail = { series: { t: string }[] }

// Hours of metrics are shown in the reader's zone and say which: Seoul for a Korean reader, where the hour that
// starts at midnight UTC is 09:00 KST; the zone switcher's choice wins and is kept. Days stay UTC days and say so.
test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' })

  test('reads the hourly timeline in KST, from 09:00 for a UTC-midnight hour, and switches to UTC', async ({ page, request }) => {
    const { functions } = (await (await request.get('/api/functions?q=nightly-tenant-report&accountId=123456789012')).json()) as { functions: { id: number }[] }
    const { to } = (await (await request.get('/api/functions')).json()) as { to: string }
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - 3 * 86_400_000).toISOString().slice(0, 10)
    const link = `/functions/${functions[0]!.id}?from=${from}&to=${to}&granularity=hour`
    const hourly = (await (await request.get(`/api/functions/${functions[0]!.id}?from=${from}&to=${to}&granularity=hour`)).json()) as FunctionDetail
    const first = hourly.series[0]!.t
    expect(first).toBe(`${from}T00:00:00.000Z`)
    const [, month, day] = from.split('-').map(Number)

    await page.goto(link)
    const notes = page.getByTestId('time-axis-note')
    await expect(notes.first()).toHaveText('KST 기준 시각: 막대 하나가 한 시간의 지표입니다')
    await page.getByText('Show as a table').click()
    const table = page.getByTestId('timeline-table')
    await expect(table.locator('thead th').first()).toHaveText('시각 (KST)')
    await expect(table.locator('tbody th').first()).toHaveText(`${month}월 ${day}일 09:00`)

    await page.getByTestId('time-zone-switcher').selectOption('UTC')
    await expect(notes.first()).toHaveText('UTC 기준 시각: 막대 하나가 한 시간의 지표입니다')
    await expect(table.locator('tbody th').first()).toHaveText(`${month}월 ${day}일 00:00`)
    // Kept: the next page of the same browser is in UTC too.
    await page.goto(link)
    await expect(page.getByTestId('time-zone-switcher')).toHaveValue('UTC')
    await expect(notes.first()).toHaveText('UTC 기준 시각: 막대 하나가 한 시간의 지표입니다')
  })
})

test('an English browser reads times in UTC, and daily charts say their days are UTC days', async ({ page, request }) => {
  const { functions } = (await (await request.get('/api/functions?q=nightly-tenant-report&accountId=123456789012')).json()) as { functions: { id: number }[] }
  await page.goto(`/functions/${functions[0]!.id}`)
  await expect(page.getByTestId('time-zone-switcher')).toHaveValue('UTC')
  await expect(page.getByTestId('time-axis-note').first()).toHaveText('Days are UTC days, as AWS bills them')
})
