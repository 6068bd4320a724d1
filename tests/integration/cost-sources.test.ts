// Cost Explorer's lines and imported files' lines side by side: an import never overwrites or deletes Cost
// Explorer's lines, and every read counts one source per account and day (Cost Explorer, else CUR 2.0, else
// FOCUS), so a day both cover is never counted twice.
import { Readable } from 'node:stream'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { sum } from '../../lib/domain/money'
import { importCostFile } from '../../lib/server/imports/import-cost-file'
import { getCostBreakdown } from '../../lib/server/queries/get-cost-breakdown'
import { getOverview } from '../../lib/server/queries/get-overview'
import { getReconciliation } from '../../lib/server/queries/get-reconciliation'
import { listBillingPeriods } from '../../lib/server/queries/list-billing-periods'
import { upsertCostLineItems } from '../../lib/server/repositories/write-cost-line-items'
import { upsertAccounts } from '../../lib/server/repositories/write-accounts'
import { type ExportRows, csvOf, curExport, focusExport, storedTotalOf } from '../support/cost-files'
import { createTestDatabase, emptyTables, type TestDatabase } from './helpers/test-database'

let database: TestDatabase
const ACCOUNT = '111111111111'
// Cost Explorer covers the 15th; the files cover the 15th and the 16th.
const COST_EXPLORER = [
  { usageType: 'Request', unblendedCost: '1.25' },
  { usageType: 'Lambda-GB-Second', unblendedCost: '2.5' },
].map((line) => ({
  ...line,
  day: '2025-09-15',
  accountId: ACCOUNT,
  service: 'AWS Lambda',
  region: 'us-east-1',
  recordType: 'Usage',
  amortizedCost: line.unblendedCost,
  usageQuantity: '1',
  usageUnit: 'N/A',
  estimated: false,
  source: 'cost_explorer',
}))
const FOCUS = focusExport(['2025-09-15', '2025-09-16'])
const onDay = (file: ExportRows, day: string) => ({
  header: file.header,
  rows: file.rows.filter((row) => row.some((cell) => cell.startsWith(`${day}T`))),
})
const FOCUS_16TH = storedTotalOf(onDay(FOCUS, '2025-09-16'))

const upload = (bytes: Buffer, fileName: string) =>
  importCostFile(
    { db: database.db, databaseUrl: database.url },
    { fileName, body: Readable.from([bytes]), maxBytes: 10_000_000 },
  )
const costExplorerLines = () => database.db.$queryRaw<{ usage_type: string; unblended_cost: string }[]>`
  SELECT usage_type, unblended_cost::text FROM cost_line_item WHERE source = 'cost_explorer' ORDER BY usage_type`
const dailyTotals = async () =>
  (
    await getCostBreakdown(database.db, {
      from: '2025-09-15',
      to: '2025-09-16',
      granularity: 'daily',
      groupBy: ['service'],
      filters: {},
    })
  ).total.byPeriod

beforeAll(async () => {
  database = await createTestDatabase()
})

// Each test starts from Cost Explorer's lines alone and imports the files it needs.
beforeEach(async () => {
  await emptyTables(database.db)
  await upsertAccounts(database.db, [{ id: ACCOUNT, name: 'prod', isDemo: false }])
  await upsertCostLineItems(database.db, COST_EXPLORER)
})

afterAll(async () => {
  await database?.drop()
})

describe('Cost Explorer and imported files', () => {
  it('keep their own lines: an import never overwrites or deletes Cost Explorer’s', async () => {
    const before = await costExplorerLines()
    expect((await upload(csvOf(FOCUS), 'focus.csv')).status).toBe('imported')
    expect(await costExplorerLines()).toEqual(before)
    const [{ files }] = (await database.db.$queryRaw<
      { files: number }[]
    >`SELECT count(*)::int AS files FROM cost_line_item WHERE source = 'focus' AND day = '2025-09-15'`) as [
      { files: number },
    ]
    expect(files).toBeGreaterThan(0)
  })

  it('count once per account and day: Cost Explorer where it has lines, the file elsewhere, in every view', async () => {
    expect((await upload(csvOf(FOCUS), 'focus.csv')).status).toBe('imported')
    const costExplorerTotal = sum(COST_EXPLORER.map((line) => line.unblendedCost))
    expect(await dailyTotals()).toEqual([costExplorerTotal.toFixed(), FOCUS_16TH])
    const month = costExplorerTotal.plus(FOCUS_16TH).toFixed()
    expect((await getOverview(database.db, { month: '2025-09' })).total.currentUsd).toBe(month)
    const [reconciled] = (await getReconciliation(database.db, { from: '2025-09', to: '2025-09' })).rows
    expect(reconciled).toMatchObject({ month: '2025-09', accountId: ACCOUNT, billedUsd: month })
  })

  it('count a CUR 2.0 file over a FOCUS file for the same day, and say so per billing period', async () => {
    expect((await upload(csvOf(FOCUS), 'focus.csv')).status).toBe('imported')
    const cur = curExport(onDay(FOCUS, '2025-09-16'))
    const curLines = cur.rows.map((row) =>
      row.map((cell, i) => (cur.header[i] === 'line_item_unblended_cost' ? `${cell}0001` : cell)),
    )
    const curFile = { header: cur.header, rows: curLines }
    await upload(csvOf(curFile), 'cur.csv')
    expect(await dailyTotals()).toEqual([
      sum(COST_EXPLORER.map((line) => line.unblendedCost)).toFixed(),
      storedTotalOf(curFile),
    ])
    const periods = await listBillingPeriods(database.db)
    expect(
      periods.map(({ source, start, lines, accountDays, accountDaysCountedElsewhere, files }) => ({
        source,
        start,
        lines,
        accountDays,
        accountDaysCountedElsewhere,
        files: files.map((f) => [f.fileName, f.lines]),
      })),
    ).toEqual([
      {
        source: 'cur',
        start: '2025-09-01',
        lines: curLines.length,
        accountDays: 1,
        accountDaysCountedElsewhere: 0,
        files: [['cur.csv', curLines.length]],
      },
      {
        source: 'focus',
        start: '2025-09-01',
        lines: FOCUS.rows.length,
        accountDays: 2,
        accountDaysCountedElsewhere: 2,
        files: [['focus.csv', FOCUS.rows.length]],
      },
    ])
  })
})
