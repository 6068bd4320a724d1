import { expect, test } from '@playwright/test'
import { watchHydration } from './hydration'

type FunctionDetail = { series: { t: string }[] }

// Hours of metrics are shown in the reader's zone and say which: Seoul for a Korean reader, where the hour that
// starts at midnight UTC is 09:00 KST; the zone switcher's choice wins and is kept. Days stay UTC days and say so.
test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' })

  test('reads the hourly timeline in KST, from 09:00 for a UTC-midnight hour, and switches to UTC', async ({
    page,
    request,
  }) => {
    const { functions } = (await (
      await request.get('/api/functions?q=nightly-tenant-report&accountId=123456789012')
    ).json()) as { functions: { id: number }[] }
    const { to } = (await (await request.get('/api/functions')).json()) as { to: string }
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - 3 * 86_400_000).toISOString().slice(0, 10)
    const link = `/functions/${functions[0]!.id}?from=${from}&to=${to}&granularity=hour`
    const hourly = (await (
      await request.get(`/api/functions/${functions[0]!.id}?from=${from}&to=${to}&granularity=hour`)
    ).json()) as FunctionDetail
    const first = hourly.series[0]!.t
    expect(first).toBe(`${from}T00:00:00.000Z`)
    const [, month, day] = from.split('-').map(Number)
    const expectSameText = watchHydration(page)

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
    expectSameText()
  })
})

test.describe('an English browser in New York', () => {
  test.use({ timezoneId: 'America/New_York' })

  test('reads times in UTC until it picks its own zone, and daily charts say their days are UTC days', async ({
    page,
    request,
  }) => {
    const { functions } = (await (
      await request.get('/api/functions?q=nightly-tenant-report&accountId=123456789012')
    ).json()) as { functions: { id: number }[] }
    const expectSameText = watchHydration(page)
    await page.goto(`/functions/${functions[0]!.id}`)
    const switcher = page.getByTestId('time-zone-switcher')
    await expect(switcher).toHaveValue('UTC')
    await expect(page.getByTestId('time-axis-note').first()).toHaveText('Days are UTC days, as AWS bills them')
    // The browser's own zone is known only in the browser: offered after hydration, without a mismatch.
    await expect(switcher.getByRole('option', { name: 'This browser (America/New_York)' })).toHaveCount(1)
    await switcher.selectOption('America/New_York')
    await expect(switcher).toHaveValue('America/New_York')
    await expect(page.getByTestId('time-axis-note').first()).toHaveText('Days are UTC days, as AWS bills them')
    expectSameText()
  })
})
