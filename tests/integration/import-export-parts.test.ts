// Cost files as AWS Data Exports delivers them: one billing period in several parts. Parts in any order, a gzip'd
// part, the whole file after its parts, or the same file again all leave the same data; several files at once (or a
// manifest with its files) are a complete set that replaces the period. Built from the recorded FOCUS sample.
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CostFileRejectedError, importCostFile, importCostFileSet } from '../../lib/server/imports/import-cost-file'
import { CostFileTooLargeError } from '../../lib/server/imports/read-cost-file'
import { spoolUpload, withSpoolDirectory } from '../../lib/server/imports/spool-upload'
import { type ExportRows, csvOf, curExport, focusExport, partsOf, storedTotalOf } from '../support/cost-files'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

let database: TestDatabase
const MAX_BYTES = 10_000_000
const FOCUS = focusExport(['2025-09-15', '2025-09-16'])
const CUR = curExport(FOCUS)

beforeAll(async () => {
  database = await createTestDatabase()
})

afterAll(async () => {
  await database?.drop()
})

beforeEach(async () => {
  await database.db.$executeRawUnsafe('TRUNCATE cost_file_line, cost_line_item, cost_file_import CASCADE')
})

const chunked = (bytes: Buffer) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += 4_096) yield bytes.subarray(i, i + 4_096)
    })(),
  )
const upload = (bytes: Buffer, fileName = 'part.csv', maxBytes = MAX_BYTES) =>
  importCostFile({ db: database.db, databaseUrl: database.url }, { fileName, body: chunked(bytes), maxBytes })
const uploadSet = (files: { name: string; bytes: Buffer }[]) =>
  withSpoolDirectory(async (directory) => {
    const spooled = []
    for (const [index, file] of files.entries())
      spooled.push(
        await spoolUpload(chunked(file.bytes), { fileName: file.name, directory, index, maxBytes: MAX_BYTES }),
      )
    return importCostFileSet(
      { db: database.db, databaseUrl: database.url },
      { files: spooled, manifest: null, maxBytes: MAX_BYTES },
    )
  })

/** Every stored line item of the imports, as Cost Explorer-shaped rows with exact amounts. */
const lineItems = () =>
  database.db.$queryRaw<
    {
      day: string
      usage_type: string
      record_type: string
      source: string
      unblended_cost: string
      amortized_cost: string
      usage_quantity: string
    }[]
  >`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, usage_type, record_type, source, unblended_cost::text, amortized_cost::text, usage_quantity::text
    FROM cost_line_item ORDER BY day, usage_type, record_type, source`
const storedTotal = async () =>
  (
    await database.db.$queryRaw<
      { total: string }[]
    >`SELECT coalesce(sum(unblended_cost), 0)::text AS total FROM cost_line_item`
  )[0]!.total

/** What importing the whole export once stores. */
async function wholeFileOnce(file: ExportRows) {
  await upload(csvOf(file), 'whole.csv')
  const stored = await lineItems()
  await database.db.$executeRawUnsafe('TRUNCATE cost_file_line, cost_line_item, cost_file_import CASCADE')
  return stored
}

describe.each([
  ['FOCUS', FOCUS],
  ['CUR 2.0', CUR],
])('a %s export delivered in parts', (_kind, file) => {
  it('stores every line once whatever order the parts come in, a gzip part included, and the same after the whole file', async () => {
    const whole = await wholeFileOnce(file)
    expect(whole.length).toBe(2 * 5)
    const two = partsOf(file, 2)
    const three = partsOf(file, 3)
    const orders: { name: string; bytes: Buffer }[][] = [
      two.map((part, i) => ({ name: `2-${i}.csv`, bytes: csvOf(part) })),
      two.map((part, i) => ({ name: `2-${i}.csv`, bytes: csvOf(part) })).reverse(),
      three.map((part, i) => ({ name: `3-${i}.csv`, bytes: csvOf(part) })),
      [
        { name: '3-2.csv.gz', bytes: gzipSync(csvOf(three[2]!)) },
        { name: '3-0.csv', bytes: csvOf(three[0]!) },
        { name: '3-1.csv', bytes: csvOf(three[1]!) },
      ],
    ]
    for (const parts of orders) {
      await database.db.$executeRawUnsafe('TRUNCATE cost_file_line, cost_line_item, cost_file_import CASCADE')
      for (const part of parts) expect((await upload(part.bytes, part.name)).status).toBe('imported')
      expect(await lineItems(), parts.map((part) => part.name).join(' then ')).toEqual(whole)
      expect(await storedTotal()).toBe(storedTotalOf(file))
      // The whole file after its parts, and the same part again, change nothing.
      const again = await upload(csvOf(file), 'whole.csv')
      expect(again.status).toBe('imported')
      expect(again.import).toMatchObject({
        lineItems: file.rows.length,
        linesAdded: 0,
        linesReplaced: file.rows.length,
      })
      expect(await lineItems()).toEqual(whole)
      // The first part again: the whole file holds its lines now, so the part is read again and replaces them with
      // the same lines; uploaded once more, it holds them all and is recognised without being read.
      const partAgain = await upload(parts[0]!.bytes, parts[0]!.name)
      expect(partAgain.status).toBe('imported')
      expect(partAgain.import).toMatchObject({ linesAdded: 0, linesHeld: partAgain.import.lineItems })
      expect(await lineItems()).toEqual(whole)
      expect((await upload(parts[0]!.bytes, parts[0]!.name)).status).toBe('already_imported')
      expect(await lineItems()).toEqual(whole)
    }
  })

  it('counts a line repeated in two overlapping parts once', async () => {
    const whole = await wholeFileOnce(file)
    const first = { header: file.header, rows: file.rows.slice(0, 150) }
    const overlapping = { header: file.header, rows: file.rows.slice(100) }
    expect((await upload(csvOf(first), 'a.csv')).import).toMatchObject({ linesAdded: 150, linesReplaced: 0 })
    expect((await upload(csvOf(overlapping), 'b.csv')).import).toMatchObject({
      linesAdded: file.rows.length - 150,
      linesReplaced: 50,
    })
    expect(await lineItems()).toEqual(whole)
  })
})

describe('a restated line', () => {
  it('replaces its earlier copy in CUR 2.0, where the export names the line', async () => {
    await upload(csvOf(CUR), 'cur.csv')
    const restated = {
      header: CUR.header,
      rows: [CUR.rows[0]!.map((cell, i) => (CUR.header[i] === 'line_item_unblended_cost' ? '1.0000000000' : cell))],
    }
    const result = await upload(csvOf(restated), 'restated.csv')
    expect(result.import).toMatchObject({ linesAdded: 0, linesReplaced: 1 })
    expect(await storedTotal()).toBe(
      storedTotalOf({ header: CUR.header, rows: [restated.rows[0]!, ...CUR.rows.slice(1)] }),
    )
  })
})

describe('a complete set', () => {
  it('replaces the billing period it covers: lines the restated export no longer has go, changed ones change', async () => {
    for (const part of partsOf(FOCUS, 3)) await upload(csvOf(part), 'part.csv')
    // Restated: the credit rows are gone and every request line costs more.
    const kept = FOCUS.rows.filter((row) => row[FOCUS.header.indexOf('ChargeCategory')] !== 'Credit')
    const billed = FOCUS.header.indexOf('BilledCost')
    const restated = {
      header: FOCUS.header,
      rows: kept.map((row) =>
        row[FOCUS.header.indexOf('SkuMeter')] === 'Requests'
          ? row.map((cell, i) => (i === billed ? `${cell}1` : cell))
          : row,
      ),
    }
    const [a, b] = partsOf(restated, 2)
    const result = await uploadSet([
      { name: 'restated-1.csv', bytes: csvOf(a!) },
      { name: 'restated-2.csv.gz', bytes: gzipSync(csvOf(b!)) },
    ])
    expect(result.linesRemoved).toBe(
      FOCUS.rows.length -
        kept.length +
        kept.filter((row) => row[FOCUS.header.indexOf('SkuMeter')] === 'Requests').length,
    )
    expect(result.imports.map((file) => file.setId)).toEqual([result.imports[0]!.setId, result.imports[0]!.setId])
    expect(await storedTotal()).toBe(storedTotalOf(restated))
    expect((await lineItems()).some((line) => line.record_type === 'Credit')).toBe(false)
    expect(await database.db.costFileLine.count()).toBe(restated.rows.length)
  })

  it('leaves the other billing periods, and the other payers, as they were', async () => {
    const october = focusExport(['2025-10-02']).rows.map((row) =>
      row.map((cell) =>
        cell
          .replace('2025-09-01T00:00:00Z', '2025-10-01T00:00:00Z')
          .replace('2025-10-01T00:00:00Z', '2025-11-01T00:00:00Z'),
      ),
    )
    const octoberFile = { header: FOCUS.header, rows: october }
    const otherPayer = focusExport(['2025-09-20'], { payer: '888888888888' })
    await upload(csvOf(octoberFile), 'october.csv')
    await upload(csvOf(otherPayer), 'other-payer.csv')
    await upload(csvOf(FOCUS), 'september.csv')
    const restated = { header: FOCUS.header, rows: FOCUS.rows.slice(0, 5) }
    await uploadSet([{ name: 'september-restated.csv', bytes: csvOf(restated) }])
    expect(await storedTotal()).toBe(
      storedTotalOf({ header: FOCUS.header, rows: [...restated.rows, ...octoberFile.rows, ...otherPayer.rows] }),
    )
  })

  it('is refused as a whole when one file is bad, when it mixes CUR 2.0 and FOCUS, or names a file twice, and nothing changes', async () => {
    await upload(csvOf(FOCUS), 'september.csv')
    const before = await lineItems()
    const broken = Buffer.from(
      csvOf(FOCUS)
        .toString()
        .replace(/\n[^\n]*$/, '\n"unterminated\n'),
    )
    await expect(
      uploadSet([
        { name: 'ok.csv', bytes: csvOf(FOCUS) },
        { name: 'broken.csv', bytes: broken },
      ]),
    ).rejects.toThrow(/^broken\.csv: The file is not valid CSV/)
    await expect(
      uploadSet([
        { name: 'focus.csv', bytes: csvOf(FOCUS) },
        { name: 'cur.csv', bytes: csvOf(CUR) },
      ]),
    ).rejects.toThrow('A set mixes CUR 2.0 and FOCUS files; upload each kind as its own set.')
    await expect(
      uploadSet([
        { name: 'a.csv', bytes: csvOf(FOCUS) },
        { name: 'a.csv', bytes: csvOf(FOCUS) },
      ]),
    ).rejects.toThrow('a.csv was uploaded twice in the same set.')
    expect(await lineItems()).toEqual(before)
  })
})

describe('the same file again', () => {
  it('is recognised by its bytes before it is parsed: a gzip that now inflates past the limit still answers "already imported"', async () => {
    const gzip = gzipSync(csvOf(FOCUS))
    expect((await upload(gzip, 'focus.csv.gz')).status).toBe('imported')
    const limit = gzip.length + 10
    expect(csvOf(FOCUS).length).toBeGreaterThan(limit)
    expect((await upload(gzip, 'focus.csv.gz', limit)).status).toBe('already_imported')
    await expect(upload(gzipSync(csvOf(CUR)), 'cur.csv.gz', limit)).rejects.toBeInstanceOf(CostFileTooLargeError)
  })
})

describe('the same file again after a complete set removed its lines', () => {
  it('is read again, so its lines come back, instead of answering "already imported"', async () => {
    const [a, b, c] = partsOf(FOCUS, 3) as [ExportRows, ExportRows, ExportRows]
    for (const [index, part] of [a, b, c].entries()) await upload(csvOf(part), `part-${index}.csv`)
    // The first two parts sent together are a complete set for the period: the third part's lines go.
    await uploadSet([
      { name: 'part-0.csv', bytes: csvOf(a) },
      { name: 'part-1.csv', bytes: csvOf(b) },
    ])
    expect(await storedTotal()).toBe(storedTotalOf({ header: FOCUS.header, rows: [...a.rows, ...b.rows] }))
    const again = await upload(csvOf(c), 'part-2.csv')
    expect(again).toMatchObject({ status: 'imported', import: { linesAdded: c.rows.length, linesHeld: c.rows.length } })
    expect(await storedTotal()).toBe(storedTotalOf(FOCUS))
  })
})

describe('amounts that add up beyond what a line item holds', () => {
  it('are refused, naming the day, account and usage type, and nothing changes', async () => {
    const huge = {
      header: FOCUS.header,
      rows: FOCUS.rows
        .filter((row) => row[FOCUS.header.indexOf('SkuMeter')] === 'Requests')
        .map((row) => row.map((cell, i) => (FOCUS.header[i] === 'BilledCost' ? '9000000000' : cell))),
    }
    const error = await upload(csvOf(huge), 'huge.csv').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CostFileRejectedError)
    expect((error as Error).message).toBe(
      'The lines of 2025-09-15, account 111111111111, AWS Lambda Request add up to more than a cost line can hold (amounts below 10,000,000,000, quantities below 100,000,000,000,000); nothing was imported.',
    )
    expect(await lineItems()).toEqual([])
    expect(await database.db.costFileImport.count()).toBe(0)
  })
})
