// The daily Cost Explorer spending cap across runs (FINOPS_CE_MAX_USD_PER_DAY), against the local fake AWS: every
// run started today counts, a run that cannot fit is refused when it is created (429 from POST /api/ingest, a
// skipped tick for the schedule), and a run that reaches the cap stops before the request that would pass it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addDaysTo, firstDayOf, monthOf } from '../../lib/domain/calendar'
import { DailySpendCapError } from '../../lib/server/ingest/cost-explorer-spend'
import { createIngestionRun } from '../../lib/server/ingest/create-ingestion-run'
import { createBoss } from '../../lib/server/jobs/ingestion-queue'
import { runScheduledIngestion } from '../../lib/server/jobs/run-scheduled-ingestion'
import { getCostExplorerSpend } from '../../lib/server/queries/get-cost-explorer-spend'
import { signedInHeaders } from './helpers/signed-in'
import { type Harness, startHarness } from './helpers/ingestion-harness'
import { emptyTables } from './helpers/test-database'

const CAP = '0.20'
let h: Harness
const costExplorerCalls = () => h.fake.calls.filter((call) => call.service === 'ce').length
const spendToday = () => getCostExplorerSpend(h.database.db, { today: h.today, capUsd: CAP })

beforeAll(async () => {
  // Small pages: a month of one account's lines takes several requests, so a run can outgrow its expectation.
  h = await startHarness({ pageSizes: { costGroups: 10 }, settings: { costExplorerDailyCapUsd: CAP } })
})

afterAll(async () => {
  await h?.close()
})

// Each test starts with nothing stored and nothing spent, on an account that has answered nothing yet.
beforeEach(async () => {
  await emptyTables(h.database.db)
  h.fake.calls.length = 0
})

/** Today's first run: one day of costs, which also makes both accounts known. */
const ingestOneDay = () =>
  h.ingest({ window: { from: h.fake.account.dataset.lastDay, to: h.fake.account.dataset.lastDay }, sources: ['costs'] })
/** Every day of costs: more than the cap allows in a day. */
const ingestEverything = () =>
  h.ingest({
    window: { from: h.fake.account.dataset.firstDay, to: h.fake.account.dataset.lastDay },
    sources: ['costs'],
  })

describe('the daily Cost Explorer spending cap', () => {
  it('counts the requests of every run started today', async () => {
    const first = await ingestOneDay()
    expect(first.status).toBe('succeeded')
    expect(costExplorerCalls()).toBeGreaterThan(1)
    expect(await spendToday()).toEqual({
      day: h.today,
      capUsd: '0.2',
      spentUsd: (costExplorerCalls() / 100).toString(),
      reservedUsd: '0',
    })
  })

  it('stops a run at the request that would go over the cap, keeping what it finished, and says why', async () => {
    const { dataset } = h.fake.account
    expect((await ingestOneDay()).status).toBe('succeeded')
    const before = costExplorerCalls()
    const outcome = await ingestEverything()
    expect(outcome.status).toBe('failed')
    expect(outcome.error).toBe(
      `Stopped at today's Cost Explorer spending cap of $0.20 (FINOPS_CE_MAX_USD_PER_DAY, UTC day ${h.today}): ` +
        `earlier runs spent $${(before / 100).toFixed(2)} and this one $${((20 - before) / 100).toFixed(2)}. Months already written are kept; run the rest on the next UTC day or raise the cap.`,
    )
    // Never one request beyond the cap, across both runs.
    expect(costExplorerCalls()).toBe(20)
    // The first run's day was not touched by the month the second one could not finish.
    const [stored] = await h.database.db.$queryRaw<
      { lines: number }[]
    >`SELECT count(*)::int AS lines FROM cost_line_item WHERE day = ${dataset.lastDay}::date`
    expect(stored!.lines).toBe(h.fake.account.costLines.filter((line) => line.day === dataset.lastDay).length)
    expect((await spendToday()).spentUsd).toBe('0.2')
  })

  it('refuses a new run that cannot fit, through the API (429) and for the schedule, and still takes runs without costs', async () => {
    const { dataset } = h.fake.account
    expect((await ingestOneDay()).status).toBe('succeeded')
    expect(await ingestEverything()).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^Stopped at today's Cost Explorer spending cap/),
    })
    const window = { from: firstDayOf(monthOf(dataset.lastDay)), to: dataset.lastDay }
    const runs = await h.database.db.ingestionRun.count()
    const refused = await createIngestionRun(h.database.db, {
      trigger: 'manual',
      window,
      costExplorerDailyCapUsd: CAP,
    }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(DailySpendCapError)
    expect((refused as Error).message).toBe(
      `This run would go over today's Cost Explorer spending cap of $0.20 (FINOPS_CE_MAX_USD_PER_DAY, UTC day ${h.today}): ` +
        'it is expected to make about 3 requests ($0.03), and $0.20 is already spent today. Ingest a shorter window, wait for the next UTC day, or raise the cap.',
    )

    process.env.DATABASE_URL = h.database.url
    process.env.FINOPS_CE_MAX_USD_PER_DAY = CAP
    const { POST } = await import('../../app/api/ingest/route')
    const response = await POST(
      new Request('http://localhost/api/ingest', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await signedInHeaders(h.database.db, 'engineer')) },
        body: JSON.stringify({ from: window.from, to: window.to }),
      }),
      undefined as never,
    )
    expect(response.status).toBe(429)
    expect(await response.json()).toEqual({ error: { code: 'too_many_requests', message: (refused as Error).message } })

    // Refused before anything is queued: the queue is never started.
    const boss = createBoss(h.database.url, { worker: false })
    const lines: string[] = []
    expect(
      await runScheduledIngestion({
        db: h.database.db,
        aws: h.deps.aws,
        boss,
        costExplorerDailyCapUsd: CAP,
        log: (line) => lines.push(line),
      }),
    ).toEqual({ skipped: 'daily_cap' })
    expect(lines).toEqual([
      expect.stringMatching(
        /^Scheduled ingestion skipped: This run would go over today's Cost Explorer spending cap of \$0\.20/,
      ),
    ])
    expect(await h.database.db.ingestionRun.count()).toBe(runs)

    const lambdaOnly = await createIngestionRun(h.database.db, {
      trigger: 'manual',
      window,
      sources: ['lambda'],
      costExplorerDailyCapUsd: CAP,
    })
    expect(lambdaOnly.deduplicated).toBe(false)
  })

  it('sets aside what queued runs are expected to spend, so that queued windows together stay under the cap', async () => {
    const { dataset } = h.fake.account
    expect((await ingestOneDay()).status).toBe('succeeded')
    // The next UTC day starts afresh. Two accounts are known now: each one-day run is expected to make 1 + 2
    // requests, so the 20 a day pays for fit six queued runs (18), not seven.
    const tomorrow = addDaysTo(h.today, 1)
    const dayRun = (i: number) => {
      const day = addDaysTo(firstDayOf(monthOf(dataset.firstDay)), i)
      return createIngestionRun(h.database.db, {
        trigger: 'manual',
        window: { from: day, to: day },
        sources: ['costs'],
        today: tomorrow,
        costExplorerDailyCapUsd: CAP,
      })
    }
    for (let i = 0; i < 6; i++) expect((await dayRun(i)).deduplicated).toBe(false)
    // The same window again joins its queued run instead of setting more aside.
    expect((await dayRun(0)).deduplicated).toBe(true)
    expect(await getCostExplorerSpend(h.database.db, { today: tomorrow, capUsd: CAP })).toMatchObject({
      spentUsd: '0',
      reservedUsd: '0.18',
    })
    await expect(dayRun(6)).rejects.toThrow(
      /about 3 requests \(\$0\.03\), and \$0\.18 is already spent today or set aside for queued runs \(\$0\.18\)/,
    )
  })
})
