import { expect, test } from '@playwright/test'

// Servers that sleep (issue 14) on the demo data, whose clock is 2026-12-07 (a Monday) noon in Seoul.

test("the Servers page lists every server with its price, month's cost and schedule, and says why replicas and Aurora members are not schedulable", async ({
  page,
}) => {
  await page.goto('/servers')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Servers')
  const table = page.getByTestId('servers')
  const row = (id: string) => table.locator(`tr[data-server="${id}"]`)
  await expect(row('dev-postgres')).toContainText('db.t4g.medium')
  await expect(row('dev-postgres')).toContainText('$0.094/h')
  await expect(row('dev-postgres').getByTestId('schedule')).toContainText('Development (demo) (db)')
  await expect(row('i-0de50000000000a01').getByTestId('month-cost')).toContainText('shared by 3 servers')
  await expect(row('prod-postgres-replica')).toContainText(
    'not schedulable: A read replica of prod-postgres: RDS cannot stop a read replica.',
  )
  await expect(row('prod-analytics-1')).toContainText('schedule the cluster prod-analytics instead')
  await row('dev-postgres').getByRole('link', { name: 'Development (demo)' }).click()
  await expect(page.getByTestId('schedule-definition')).toContainText('Asia/Seoul')
  await expect(page.getByTestId('schedule-definition')).toContainText('Korean public holidays skipped')
})

test('create a schedule with groups, a holiday calendar and an exception, see next week’s plan and the month’s expected savings', async ({
  page,
}) => {
  await page.goto('/schedules')
  await page.getByRole('button', { name: 'New schedule' }).click()
  const form = page.getByRole('form', { name: 'New schedule' })
  await form.getByLabel('Name', { exact: true }).fill('Staging (e2e)')
  await form.getByLabel('Public holidays to skip').selectOption('KR')
  await form.getByLabel('Start', { exact: true }).fill('08:00')
  await form.getByLabel('Stop', { exact: true }).fill('20:00')
  await form.getByRole('button', { name: 'Add exception' }).click()
  await form.getByLabel('Date').fill('2026-12-16')
  await form.getByLabel('Kind').selectOption('off')
  await form.getByLabel('Tag key').fill('Tier')
  await form.getByLabel('Tag value').fill('db')
  await form.getByRole('button', { name: 'Add group' }).click()
  const api = form.getByTestId('group').nth(1)
  await api.getByLabel('Group name').fill('api')
  await api.getByLabel('Tag key').fill('Tier')
  await api.getByLabel('Tag value').fill('api')
  await api.getByRole('group', { name: 'api starts after' }).getByLabel('db').check()
  await form.getByRole('button', { name: 'Create schedule' }).click()

  await expect(page).toHaveURL(/\/schedules\?id=\d+/)
  await expect(page.getByTestId('schedule-definition')).toContainText('Staging (e2e)')
  await expect(page.getByTestId('schedule-definition')).toContainText('Dry run')
  // Next week is 14-20 December: Monday 14, Tuesday 15, Thursday 17 and Friday 18 (the 16th is off), the database
  // first each morning and last each evening.
  const plan = page.getByTestId('schedule-plan').locator('tbody tr')
  await expect(plan).toHaveCount(16)
  await expect(plan.nth(0)).toContainText('14 Dec 2026 08:00Startdbdev-postgres')
  await expect(plan.nth(1)).toContainText('14 Dec 2026 08:00Startapii-0de50000000000a01, i-0de50000000000a02')
  await expect(plan.nth(2)).toContainText('14 Dec 2026 20:00Stopapi')
  await expect(plan.nth(3)).toContainText('14 Dec 2026 20:00Stopdb')
  await expect(plan.nth(8)).toContainText('17 Dec 2026 08:00Startdb')
  // December in Seoul: 744 h; 23 weekdays less Christmas and the 16th = 21 days × 12 h = 252 h running, 492 h off.
  // dev-postgres 492 × $0.094 = $46.248; two t4g.small 2 × 492 × $0.0208 = $20.4672; together $66.7152.
  const savings = page.getByTestId('schedule-savings')
  await expect(savings).toContainText('Expected savings · Dec 2026')
  await expect(page.getByTestId('savings-total')).toHaveText('$66.72')
  await expect(savings).toContainText('492 h × $0.094/h = $46.248')
  await expect(savings.getByTestId('keeps-billing')).toContainText('EBS volumes')

  // Changed: the form holds the schedule as it is; stopping at 21:00 moves every evening's stop.
  await page.getByRole('button', { name: 'Change schedule' }).click()
  const edit = page.getByRole('form', { name: 'Change Staging (e2e)' })
  await expect(edit.getByLabel('Name', { exact: true })).toHaveValue('Staging (e2e)')
  await expect(edit.getByTestId('group')).toHaveCount(2)
  await expect(edit.getByTestId('group').nth(1).getByLabel('Tag value')).toHaveValue('api')
  await edit.getByLabel('Stop', { exact: true }).fill('21:00')
  await edit.getByRole('button', { name: 'Save schedule' }).click()
  await expect(edit).toHaveCount(0)
  await expect(plan.nth(2)).toContainText('14 Dec 2026 21:00Stopapi')
  await expect(plan).toHaveCount(16)
})

test("a stop warning's link extends tonight's stop: the page shows the planned stop and moves it an hour later", async ({
  page,
  request,
}) => {
  const { schedules } = (await (await request.get('/api/schedules')).json()) as {
    schedules: { id: number; name: string }[]
  }
  const demo = schedules.find((schedule) => schedule.name === 'Development (demo)')!
  // Tonight in Seoul is Monday 7 December 2026, whose stop is at 22:00 (the link a warning would carry).
  const { path } = (await (await request.get(`/api/schedules/${demo.id}/extend-link?date=2026-12-07`)).json()) as {
    path: string
  }
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Work late')
  const card = page.getByTestId('extend-stop')
  await expect(card).toContainText('Planned stop: 22:00')
  await card.getByRole('button', { name: '1 hour later' }).click()
  await expect(page.getByTestId('extended')).toHaveText(/The stop on 7 Dec 2026 is now 23:00\./)
  const { actions } = (await (
    await request.get(`/api/schedules/${demo.id}/plan?from=2026-12-07&to=2026-12-07`)
  ).json()) as { actions: { at: string; action: string; group: string }[] }
  expect(actions.filter((action) => action.action === 'stop').map((action) => `${action.at} ${action.group}`)).toEqual([
    '2026-12-07T23:00:00+09:00 batch',
    '2026-12-07T23:00:00+09:00 api',
    '2026-12-07T23:00:00+09:00 db',
  ])
  // The same link a second time: 1 hour later than the new stop.
  await page.reload()
  await expect(card).toContainText('Planned stop: 23:00')
})
