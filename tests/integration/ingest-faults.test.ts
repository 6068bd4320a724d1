// Ingestion when AWS misbehaves: throttling, partial and failed CloudWatch series, a looping page token,
// permissions and credentials, the Cost Explorer call cap, and a failure half-way through a run. Stored data
// is compared with a clean run of the same simulated account.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createAwsClients } from '../../lib/aws/clients'
import { toDecimal } from '../../lib/domain/money'
import { clock } from '../../lib/server/clock'
import { createIngestionRun } from '../../lib/server/ingest/create-ingestion-run'
import { executeIngestionRun } from '../../lib/server/ingest/execute-ingestion-run'
import { FakeAccount } from '../support/fake-aws/fake-account'
import { TEST_SCENARIO } from '../support/fake-aws/test-scenario'
import { type Harness, startHarness } from './helpers/ingestion-harness'
import { type Fingerprint, fingerprint } from './helpers/table-fingerprint'

const today = clock.today()
const account = FakeAccount.fromScenario(TEST_SCENARIO, today)
const window = { from: account.dataset.firstDay, to: account.dataset.lastDay }
let clean: Fingerprint
const open: Harness[] = []

async function harness(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness({ account: new FakeAccount(account.dataset, today), ...options })
  open.push(h)
  return h
}

beforeAll(async () => {
  const h = await harness()
  expect((await h.ingest({ window })).status).toBe('succeeded')
  clean = await fingerprint(h.database.db)
})

afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()))
})

afterAll(async () => {
  await Promise.all(open.map((h) => h.close()))
})

describe('throttling', () => {
  it('retries throttled calls of every service with backoff and stores exactly what a clean run stores', async () => {
    const h = await harness({ faults: { throttleShare: 0.15 }, clients: { maxAttempts: 8 } })
    const outcome = await h.ingest({ window })
    expect(outcome.error).toBeNull()
    const throttled = h.fake.calls.filter((call) => call.status === 400 || call.status === 429)
    expect(throttled.length).toBeGreaterThan(3)
    expect(new Set(throttled.map((call) => call.service)).size).toBeGreaterThanOrEqual(2)
    expect(outcome.progress!.retries).toBe(throttled.length)
    expect(await fingerprint(h.database.db)).toEqual(clean)
  }, 120_000)

  it('fails cleanly, naming the call, when throttling outlasts the retries, and writes nothing', async () => {
    const h = await harness({ faults: { throttleShare: 1, throttleServices: ['ce'] }, clients: { maxAttempts: 2 } })
    const outcome = await h.ingest({ window })
    expect(outcome.status).toBe('failed')
    expect(outcome.error).toMatch(
      /ce:GetCostAndUsage was still throttled by AWS after 2 attempts \(LimitExceededException\)/,
    )
    expect((await fingerprint(h.database.db)).cost_line_item.rows).toBe(0)
  }, 60_000)
})

describe('CloudWatch partial data', () => {
  it('follows NextToken after PartialData, asks again for InternalError series, and stores complete series only', async () => {
    const h = await harness({ pageSizes: { datapoints: 300 }, faults: { internalErrorShare: 0.05 } })
    const outcome = await h.ingest({ window })
    expect(outcome.error).toBeNull()
    expect(h.fake.internalErrors).toBeGreaterThan(5)
    expect(await fingerprint(h.database.db)).toEqual(clean)
  })

  it('aborts on a repeated page token and commits no month of metrics', async () => {
    const h = await harness({ pageSizes: { datapoints: 300 }, faults: { repeatCloudWatchToken: true } })
    const outcome = await h.ingest({ window })
    expect(outcome.status).toBe('failed')
    expect(outcome.error).toMatch(/CloudWatch returned the same NextToken twice/)
    const stored = await fingerprint(h.database.db)
    expect(stored.function_metric_daily.rows).toBe(0)
    expect(stored.function_metric_hourly.rows).toBe(0)
    // Costs were written before the metrics step failed.
    expect(stored.cost_line_item).toEqual(clean.cost_line_item)
  })
})

describe('failures half-way', () => {
  it('keeps the previous data of months not finished, records what failed, and converges when run again', async () => {
    const h = await harness()
    expect((await h.ingest({ window })).status).toBe('succeeded')
    const firstMonth = window.from.slice(0, 7)
    // AWS restates every amount; then the permission goes away after the first month's Cost Explorer calls.
    h.fake.account.costLines = h.fake.account.costLines.map((line) => ({
      ...line,
      unblendedCost: toDecimal(line.unblendedCost).times(2).toFixed(),
    }))
    h.fake.calls.length = 0
    h.fake.faults.denyAfter = { service: 'ce', calls: 3 }
    const failed = await h.ingest({ window })
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(/Missing IAM permission ce:GetCostAndUsage/)
    const run = await h.database.db.ingestionRun.findUniqueOrThrow({ where: { id: failed.id } })
    expect(run).toMatchObject({ status: 'failed', error: failed.error })
    expect(run.finishedAt).not.toBeNull()

    const byMonth = await h.database.db.$queryRaw<{ month: string; total: string }[]>`
      SELECT to_char(day, 'YYYY-MM') AS month, sum(unblended_cost)::text AS total FROM cost_line_item GROUP BY 1 ORDER BY 1`
    const expected = (month: string, factor: number) =>
      account.dataset.costLines
        .filter((l) => l.day.startsWith(month))
        .reduce((total, l) => total.plus(toDecimal(l.unblendedCost).times(factor)), toDecimal(0))
    expect(toDecimal(byMonth[0]!.total).equals(expected(firstMonth, 2))).toBe(true)
    expect(toDecimal(byMonth[1]!.total).equals(expected(byMonth[1]!.month, 1))).toBe(true)

    h.fake.faults.denyAfter = undefined
    expect((await h.ingest({ window })).status).toBe('succeeded')
    expect(
      toDecimal(
        (
          await h.database.db.$queryRaw<
            { total: string }[]
          >`SELECT sum(unblended_cost)::text AS total FROM cost_line_item`
        )[0]!.total,
      ).equals(expected('', 2)),
    ).toBe(true)
  })

  it("does not write a month whose daily lines do not add up to Cost Explorer's monthly total, and converges when they do", async () => {
    const h = await harness()
    expect((await h.ingest({ window })).status).toBe('succeeded')
    const months = [...new Set(account.dataset.costLines.map((line) => line.day.slice(0, 7)))].sort()
    const [firstMonth, secondMonth] = [months[0]!, months[1]!]
    const line = account.dataset.costLines.find(
      (l) => l.day.startsWith(secondMonth) && !toDecimal(l.unblendedCost).isZero(),
    )!
    // AWS restates every amount, and the daily answers for the second month lose one usage type.
    h.fake.account.costLines = h.fake.account.costLines.map((l) => ({
      ...l,
      unblendedCost: toDecimal(l.unblendedCost).times(2).toFixed(),
    }))
    h.fake.faults.dailyCostGroupMissing = { month: secondMonth, usageType: line.usageType }
    const outcome = await h.ingest({ window })
    expect(outcome.status).toBe('failed')
    expect(outcome.error).toMatch(
      new RegExp(
        `did not add up to its monthly totals for ${secondMonth}-01\\.\\.${secondMonth}-\\d\\d .*not written and keep their stored data`,
      ),
    )
    const missing = account.dataset.costLines.filter(
      (l) =>
        l.day.startsWith(secondMonth) &&
        l.usageType === line.usageType &&
        l.accountId === line.accountId &&
        l.recordType === line.recordType,
    )
    const missingUsd = missing.reduce((total, l) => total.plus(toDecimal(l.unblendedCost).times(2)), toDecimal(0))
    expect(outcome.progress!.costs.unreconciled).toEqual([
      expect.objectContaining({
        accountId: line.accountId,
        recordType: line.recordType,
        differenceUsd: missingUsd.negated().toFixed(),
      }),
    ])
    expect(outcome.progress!.costs.monthsChecked).toBe(months.length)
    expect(outcome.warnings.join('\n')).toMatch(
      new RegExp(`${line.recordType} total for account ${line.accountId} from ${secondMonth}-01`),
    )

    const byMonth = async () =>
      new Map(
        (
          await h.database.db.$queryRaw<{ month: string; total: string }[]>`
          SELECT to_char(day, 'YYYY-MM') AS month, sum(unblended_cost)::text AS total FROM cost_line_item GROUP BY 1`
        ).map((row) => [row.month, toDecimal(row.total)]),
      )
    const expected = (month: string, factor: number) =>
      account.dataset.costLines
        .filter((l) => l.day.startsWith(month))
        .reduce((total, l) => total.plus(toDecimal(l.unblendedCost).times(factor)), toDecimal(0))
    const stored = await byMonth()
    // The other months took the restatement; the unreconciled one kept its stored lines, none lost.
    expect(stored.get(firstMonth)!.equals(expected(firstMonth, 2))).toBe(true)
    expect(stored.get(secondMonth)!.equals(expected(secondMonth, 1))).toBe(true)
    // Lambda and CloudWatch were still ingested.
    expect(outcome.progress!.lambda.functions).toBeGreaterThan(0)

    h.fake.faults.dailyCostGroupMissing = undefined
    const rerun = await h.ingest({ window })
    expect(rerun.status).toBe('succeeded')
    expect(rerun.progress!.costs.unreconciled).toEqual([])
    expect((await byMonth()).get(secondMonth)!.equals(expected(secondMonth, 2))).toBe(true)
  })

  it('stops at the Cost Explorer call cap before spending more', async () => {
    const h = await harness({ settings: { costExplorerMaxCalls: 2 } })
    const outcome = await h.ingest({ window })
    expect(outcome.status).toBe('failed')
    expect(outcome.error).toMatch(/cap of 2 Cost Explorer calls per run \(\$0\.02\).*FINOPS_CE_MAX_CALLS_PER_RUN/)
    expect(h.fake.calls.filter((call) => call.service === 'ce')).toHaveLength(2)
    expect(outcome.apiCostUsd).toBe('0.02')
  })
})

describe('clear errors', () => {
  it('names the missing IAM action, reports rejected credentials and data not yet available', async () => {
    const denied = await harness({ faults: { denied: ['lambda'] } })
    expect((await denied.ingest({ window })).error).toMatch(/Missing IAM permission lambda:ListFunctions/)
    const rejected = await harness({ faults: { unknownAccessKeys: ['AKIAFAKEFAKEFAKEFAKE'] } })
    expect((await rejected.ingest({ window })).error).toMatch(
      /AWS rejected the credentials for ce:GetCostAndUsage \(UnrecognizedClientException\)/,
    )
    const unavailable = await harness({ faults: { costDataUnavailable: true } })
    expect((await unavailable.ingest({ window })).error).toMatch(/Cost Explorer has no data for this period yet/)
  })

  it('reads only the configured regions when FINOPS_AWS_REGIONS is set, skipping unknown ones with a warning', async () => {
    const h = await harness({ settings: { regions: ['us-east-1', 'mars-north-1'] } })
    const outcome = await h.ingest({ window, sources: ['lambda'] })
    expect(outcome.status).toBe('succeeded')
    expect(outcome.warnings).toEqual([
      'FINOPS_AWS_REGIONS names mars-north-1, which this version does not know (no billing code or prices); it was skipped.',
    ])
    expect(new Set(h.fake.calls.map((call) => call.region))).toEqual(new Set(['us-east-1']))
    const names = (await h.database.db.lambdaFunction.findMany({ orderBy: { name: 'asc' } })).map((fn) => fn.name)
    expect(names).toEqual(['cache-warmer', 'nightly-report'])
  })

  it('fails a run without AWS credentials with a message saying how to provide them, and calls nothing', async () => {
    const h = await harness()
    const saved = { ...process.env }
    try {
      for (const name of [
        'AWS_ACCESS_KEY_ID',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'AWS_PROFILE',
        'AWS_WEB_IDENTITY_TOKEN_FILE',
        'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
      ])
        delete process.env[name]
      Object.assign(process.env, {
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
        AWS_CONFIG_FILE: '/nonexistent/config',
        AWS_EC2_METADATA_DISABLED: 'true',
      })
      const aws = createAwsClients()
      const run = await createIngestionRun(h.database.db, {
        trigger: 'manual',
        window,
        costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
      })
      const outcome = await executeIngestionRun({ ...h.deps, aws }, run.id)
      aws.destroy()
      expect(outcome.status).toBe('failed')
      expect(outcome.error).toMatch(/No AWS credentials found\. Configure the standard AWS SDK chain \(AWS_PROFILE/)
      expect(h.fake.calls).toHaveLength(0)
    } finally {
      process.env = saved
    }
  })
})
