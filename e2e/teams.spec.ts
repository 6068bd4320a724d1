import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import Decimal from 'decimal.js'

type Line = { team: string; totalUsd: string; topFunctions: { name: string }[] }
type Showback = { month: string; totalUsd: string; teams: Line[]; unallocated: Line }
type Forecast = {
  month: string
  groups: { key: string; actualToDate: string; forecast: string; low: string; high: string }[]
}

const usd = (amount: string) => {
  const rounded = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
  const [whole, fraction = ''] = rounded.abs().toFixed(2).split('.')
  return `${rounded.isNegative() ? '-' : ''}$${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`
}

test('a team lead picks their team, sees its month-end forecast and budget status, opens the showback statement and downloads it', async ({
  page,
  request,
}) => {
  const showback = (await (await request.get('/api/teams/showback')).json()) as Showback
  const forecast = (await (await request.get('/api/forecast?groupBy=team')).json()) as Forecast
  const recsys = showback.teams.find((line) => line.team === 'recsys')!
  const recsysForecast = forecast.groups.find((group) => group.key === 'recsys')!
  // Finance set the team a budget between its month to date and its forecast: the forecast is over it.
  const budgetUsd = new Decimal(recsysForecast.actualToDate)
    .plus(recsysForecast.forecast)
    .dividedBy(2)
    .toDecimalPlaces(2, Decimal.ROUND_DOWN)
    .toFixed(2)
  const created = await request.post('/api/budgets/spend', {
    data: { scope: { kind: 'team', key: 'recsys' }, monthlyUsd: budgetUsd },
  })
  expect(created.status()).toBe(201)
  const budget = (await created.json()) as { id: number }

  await page.goto('/teams')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Teams')
  // Every team and the unallocated bucket, each with the API's total.
  const statement = page.getByTestId('showback')
  for (const line of [...showback.teams, showback.unallocated])
    await expect(statement.locator(`tr[data-team="${line.team}"]`)).toContainText(usd(line.totalUsd))
  await expect(statement).toContainText(`Total ${usd(showback.totalUsd)}`)

  await page.getByLabel('Team', { exact: true }).selectOption('recsys')
  await expect(page).toHaveURL(/team=recsys/)
  const panel = page.getByTestId('team-forecast')
  await expect(panel.locator('tbody tr')).toHaveCount(1)
  await expect(panel.locator('tr[data-team="recsys"]')).toContainText(usd(recsysForecast.forecast))
  await expect(panel.locator('tr[data-team="recsys"]')).toContainText(
    `${usd(recsysForecast.low)} – ${usd(recsysForecast.high)}`,
  )
  await expect(panel.locator('tr[data-team="recsys"]')).toContainText(usd(budgetUsd))
  await expect(panel.locator('tr[data-team="recsys"] [data-status]')).toHaveText('Forecast over')
  await expect(page.getByTestId('team-functions')).toContainText(recsys.topFunctions[0]!.name)

  // A copied link reproduces the view.
  await page.reload()
  await expect(page.getByLabel('Team', { exact: true })).toHaveValue('recsys')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-showback').click()])
  expect(download.suggestedFilename()).toBe(`showback_${showback.month}.csv`)
  const rows = parse(await readFile(await download.path(), 'utf8'), { bom: true, columns: true }) as Record<
    string,
    string
  >[]
  expect(rows.map((row) => row.team)).toEqual([...showback.teams.map((line) => line.team), 'unallocated'])
  expect(rows.find((row) => row.team === 'recsys')!.total_cost_usd).toBe(recsys.totalUsd)
  expect(rows.reduce((total, row) => total.plus(row.total_cost_usd!), new Decimal(0)).eq(showback.totalUsd)).toBe(true)

  expect((await request.delete(`/api/budgets/spend/${budget.id}`)).status()).toBe(204)
})
