// Runs as processes see them: a killed ingestion, two runs at once, and stale runs left by dead workers.
import { type ChildProcess, spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toDecimal } from '../../lib/domain/money'
import { clock, clockEnvironment } from '../../lib/server/clock'
import { createIngestionRun } from '../../lib/server/ingest/create-ingestion-run'
import { executeIngestionRun } from '../../lib/server/ingest/execute-ingestion-run'
import { sweepStaleRuns } from '../../lib/server/ingest/sweep-stale-runs'
import { type Harness, startHarness } from './helpers/ingestion-harness'
import { waitUntil } from '../support/wait-until'
import { fingerprint } from './helpers/table-fingerprint'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})

afterAll(async () => {
  await h?.close()
})

const monthTotals = async () =>
  new Map(
    (
      await h.database.db.$queryRaw<
        { month: string; total: string }[]
      >`SELECT to_char(day, 'YYYY-MM') AS month, sum(unblended_cost)::text AS total FROM cost_line_item GROUP BY 1`
    ).map((row) => [row.month, toDecimal(row.total)]),
  )

describe('a killed ingestion', () => {
  it(
    'leaves the months it had not committed as they were, is marked failed, and a re-run converges',
    { timeout: 120_000 },
    async () => {
      const { dataset } = h.fake.account
      const window = { from: dataset.firstDay, to: dataset.lastDay }
      expect((await h.ingest({ window })).status).toBe('succeeded')
      const before = await monthTotals()

      // AWS restates everything; the `npm run ingest` process commits the first month, then hangs on AWS and is killed.
      h.fake.account.costLines = h.fake.account.costLines.map((line) => ({
        ...line,
        unblendedCost: toDecimal(line.unblendedCost).times(3).toFixed(),
      }))
      h.fake.calls.length = 0
      h.fake.faults.hangAfterCalls = 3
      const child: ChildProcess = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/ingest.ts', '--from', window.from, '--to', window.to],
        {
          env: {
            ...process.env,
            ...h.fake.env,
            ...clockEnvironment(),
            DATABASE_URL: h.database.url,
            NEXT_TELEMETRY_DISABLED: '1',
          },
          stdio: 'ignore',
        },
      )
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code, signal) => resolve(signal ? null : code)),
      )
      await waitUntil(
        () => h.fake.calls.some((call) => call.status === 0),
        'the ingest process to wait on a hung AWS call',
      )
      const run = await h.database.db.ingestionRun.findFirstOrThrow({ where: { trigger: 'cli', status: 'running' } })
      child.kill('SIGKILL')
      expect(await exited).toBeNull()

      const after = await monthTotals()
      const [first, second] = [...before.keys()].sort()
      expect(after.get(first!)!.equals(before.get(first!)!.times(3))).toBe(true)
      expect(after.get(second!)!.equals(before.get(second!)!)).toBe(true)

      // Nobody heartbeats for it any more: a minute later, the sweeper marks it failed, saying what that means.
      expect(await sweepStaleRuns(h.database.db, { staleAfterMs: 60_000 })).toEqual([])
      expect(
        await sweepStaleRuns(h.database.db, { staleAfterMs: 60_000, now: new Date(clock.now().getTime() + 61_000) }),
      ).toEqual([run.id])
      const swept = await h.database.db.ingestionRun.findUniqueOrThrow({ where: { id: run.id } })
      expect(swept.status).toBe('failed')
      expect(swept.error).toMatch(
        /stopped \(no heartbeat since .* UTC\)\. Months it had not finished keep their previous data; run it again\./,
      )

      h.fake.faults.hangAfterCalls = undefined
      expect((await h.ingest({ window })).status).toBe('succeeded')
      const converged = await monthTotals()
      for (const [month, total] of before) expect(converged.get(month)!.equals(total.times(3))).toBe(true)
    },
  )
})

describe('two runs at once', () => {
  it('starts one run for the same window however many ask at once', async () => {
    const window = { from: h.fake.account.dataset.firstDay, to: h.fake.account.dataset.firstDay }
    const created = await Promise.all(
      [1, 2, 3].map(() =>
        createIngestionRun(h.database.db, {
          trigger: 'manual',
          window,
          costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
        }),
      ),
    )
    expect(new Set(created.map((run) => run.id)).size).toBe(1)
    expect(created.filter((run) => run.deduplicated)).toHaveLength(2)
    expect((await executeIngestionRun(h.deps, created[0]!.id)).status).toBe('succeeded')
    // Once finished, the same window may run again.
    expect(
      (
        await createIngestionRun(h.database.db, {
          trigger: 'manual',
          window,
          costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
        })
      ).deduplicated,
    ).toBe(false)
  })

  it('never lets two ingestions write at the same time, and both windows end up stored', async () => {
    const { dataset } = h.fake.account
    // What the whole window holds once ingested; the two runs at once must end there too.
    expect((await h.ingest({ window: { from: dataset.firstDay, to: dataset.lastDay } })).status).toBe('succeeded')
    const before = await fingerprint(h.database.db)
    const first = await createIngestionRun(h.database.db, {
      trigger: 'manual',
      window: { from: dataset.firstDay, to: dataset.lastDay },
      costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
    })
    const second = await createIngestionRun(h.database.db, {
      trigger: 'schedule',
      window: { from: dataset.lastDay, to: dataset.lastDay },
      costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
    })
    const outcomes = await Promise.all([executeIngestionRun(h.deps, first.id), executeIngestionRun(h.deps, second.id)])
    expect(outcomes.map((o) => o.status)).toEqual(['succeeded', 'succeeded'])
    const [a, b] = await Promise.all(
      [first.id, second.id].map((id) => h.database.db.ingestionRun.findUniqueOrThrow({ where: { id } })),
    )
    const [earlier, later] = a!.startedAt! < b!.startedAt! ? [a!, b!] : [b!, a!]
    expect(later.startedAt!.getTime()).toBeGreaterThanOrEqual(earlier.finishedAt!.getTime())
    expect(await fingerprint(h.database.db)).toEqual(before)
  })

  it('treats a run still marked running when the lock is free as dead', async () => {
    const window = { from: h.fake.account.dataset.lastDay, to: h.fake.account.dataset.lastDay }
    const orphan = await h.database.db.ingestionRun.create({
      data: {
        trigger: 'schedule',
        status: 'running',
        windowFrom: new Date(`${window.from}T00:00:00Z`),
        windowTo: new Date(`${window.to}T00:00:00Z`),
        sources: ['lambda'],
        startedAt: clock.now(),
        heartbeatAt: clock.now(),
      },
    })
    const run = await createIngestionRun(h.database.db, {
      trigger: 'manual',
      window,
      sources: ['costs'],
      costExplorerDailyCapUsd: h.deps.settings.costExplorerDailyCapUsd,
    })
    expect((await executeIngestionRun(h.deps, run.id)).status).toBe('succeeded')
    expect((await h.database.db.ingestionRun.findUniqueOrThrow({ where: { id: orphan.id } })).status).toBe('failed')
  })
})
