// Functions and metrics of the other linked accounts, read through a member role assumed with STS (the fake
// speaks STS's query protocol and shows each account's functions only to credentials of that account).
import { afterEach, describe, expect, it } from 'vitest'
import { TEST_DEVELOPMENT, TEST_PRODUCTION } from '../support/fake-aws/test-scenario'
import { type Harness, startHarness } from './helpers/ingestion-harness'

const open: Harness[] = []

async function harness(options: Parameters<typeof startHarness>[0]): Promise<Harness> {
  const h = await startHarness(options)
  open.push(h)
  return h
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()))
})

async function storedFunctions(h: Harness) {
  return (
    await h.database.db.lambdaFunction.findMany({ orderBy: [{ accountId: 'asc' }, { region: 'asc' }, { name: 'asc' }] })
  ).map((fn) => `${fn.accountId}/${fn.region}/${fn.name}`)
}

async function dailyMetricsByAccount(h: Harness) {
  const rows = await h.database.db.$queryRaw<{ account_id: string; n: number; invocations: number }[]>`
    SELECT f.account_id, count(*)::int AS n, sum(m.invocations)::float8 AS invocations
    FROM function_metric_daily m JOIN lambda_function f ON f.id = m.function_id GROUP BY 1 ORDER BY 1`
  return new Map(rows.map((row) => [row.account_id, row]))
}

describe('member accounts', () => {
  it('reads every linked account through the member role: its functions, configuration and metrics', async () => {
    const h = await harness({ settings: { memberRoleName: 'FinOpsReadOnly' } })
    const { dataset } = h.fake.account
    const outcome = await h.ingest({ window: { from: dataset.firstDay, to: dataset.lastDay } })
    expect(outcome.error).toBeNull()
    expect(outcome.warnings).toEqual([])

    const expected = dataset.functions.map((fn) => fn.key).sort()
    expect(await storedFunctions(h)).toEqual(expected)
    expect(new Set(expected.map((key) => key.split('/')[0]))).toEqual(new Set([TEST_PRODUCTION, TEST_DEVELOPMENT]))

    // Each account's metrics were asked for with that account's credentials, and all of them arrived.
    const byAccount = await dailyMetricsByAccount(h)
    for (const accountId of [TEST_PRODUCTION, TEST_DEVELOPMENT]) {
      const keys = new Set(dataset.functions.filter((fn) => fn.accountId === accountId).map((fn) => fn.key))
      const rows = dataset.dailyMetrics.filter((row) => keys.has(row.functionKey))
      expect(byAccount.get(accountId)).toMatchObject({
        n: rows.length,
        invocations: rows.reduce((n, row) => n + row.invocations, 0),
      })
    }
    const assumed = h.fake.calls.filter((call) => call.service === 'sts' && call.operation === 'AssumeRole')
    expect(assumed.length).toBeGreaterThanOrEqual(1)
    expect(
      h.fake.calls.some((call) => call.service === 'cloudwatch' && call.accessKeyId === `ASIAROLE${TEST_DEVELOPMENT}`),
    ).toBe(true)
    expect(
      h.fake.calls.some((call) => call.service === 'lambda' && call.accessKeyId === `ASIAROLE${TEST_DEVELOPMENT}`),
    ).toBe(true)

    // Running it again changes nothing.
    const before = await storedFunctions(h)
    expect((await h.ingest({ window: { from: dataset.firstDay, to: dataset.lastDay } })).status).toBe('succeeded')
    expect(await storedFunctions(h)).toEqual(before)
  })

  it('names the role it could not assume, reads the other accounts, and leaves that account as stored', async () => {
    const h = await harness({ settings: { memberRoleName: 'FinOpsReadOnly' } })
    const { dataset } = h.fake.account
    const window = { from: dataset.firstDay, to: dataset.lastDay }
    expect((await h.ingest({ window })).status).toBe('succeeded')
    const stored = await storedFunctions(h)

    h.fake.faults.memberRoleDenied = [TEST_DEVELOPMENT]
    const outcome = await h.ingest({ window })
    expect(outcome.status).toBe('succeeded')
    expect(outcome.warnings.join('\n')).toMatch(
      new RegExp(
        `Could not assume arn:aws:iam::${TEST_DEVELOPMENT}:role/FinOpsReadOnly .*account ${TEST_DEVELOPMENT} were not read`,
      ),
    )
    // Not read is not deleted: the member account's functions are still there, not marked deleted.
    expect(await storedFunctions(h)).toEqual(stored)
    const deleted = await h.database.db.lambdaFunction.count({
      where: { accountId: TEST_DEVELOPMENT, deletedAt: { not: null } },
    })
    expect(deleted).toBe(0)
  })

  it('reads only the credentials’ own account without a member role, as before', async () => {
    const h = await harness({})
    const { dataset } = h.fake.account
    expect((await h.ingest({ window: { from: dataset.firstDay, to: dataset.lastDay } })).status).toBe('succeeded')
    expect((await storedFunctions(h)).every((key) => key.startsWith(`${TEST_PRODUCTION}/`))).toBe(true)
    expect(h.fake.calls.some((call) => call.service === 'sts')).toBe(false)
  })
})
