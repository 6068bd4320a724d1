// Importing CUR 2.0 / FOCUS files: streamed, validated, atomic, idempotent by SHA-256, superseding re-exports.
import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CostFileStructureError } from '../../lib/domain/imports/detect-cost-file-format'
import { toDecimal } from '../../lib/domain/money'
import { awsFixturePath } from '../support/aws-fixtures'
import { CostFileRejectedError, importCostFile } from '../../lib/server/imports/import-cost-file'
import { CostFileTooLargeError } from '../../lib/server/imports/read-cost-file'
import { createTestDatabase, emptyTables, type TestDatabase } from './helpers/test-database'
import { fingerprint } from './helpers/table-fingerprint'

const FOCUS = readFileSync(awsFixturePath('focus-1.2-aws-lambda.synthetic.csv'))
const [HEADER, ...ROWS] = FOCUS.toString('utf8').trimEnd().split(/\r?\n/)
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
})

afterAll(async () => {
  await database?.drop()
})

/** Streams the bytes in small chunks, as an upload arrives. */
const upload = (bytes: Buffer, fileName = 'focus.csv', maxBytes = 10_000_000) =>
  importCostFile(
    { db: database.db, databaseUrl: database.url },
    {
      fileName,
      body: Readable.from(
        (function* () {
          for (let i = 0; i < bytes.length; i += 97) yield bytes.subarray(i, i + 97)
        })(),
      ),
      maxBytes,
    },
  )

const costLines = () =>
  database.db.$queryRaw<
    {
      day: Date
      account_id: string
      usage_type: string
      region: string
      record_type: string
      unblended_cost: string
      source: string
    }[]
  >`
    SELECT day, account_id, usage_type, region, record_type, unblended_cost::text, source FROM cost_line_item ORDER BY usage_type, record_type`

describe('importing a FOCUS 1.2 export', () => {
  // Each test starts from an empty database: the line items it reads are the ones it brought.
  beforeEach(async () => {
    await emptyTables(database.db)
  })

  it('stores the recorded Lambda rows as line items with exact amounts, and records the file', async () => {
    const result = await upload(FOCUS, 'focus-1.2-aws-lambda.synthetic.csv')
    expect(result.status).toBe('imported')
    expect(result.import).toMatchObject({
      format: 'focus-1.2',
      rowsRead: 5,
      rowsSkipped: 0,
      lineItems: 5,
      firstDay: '2025-09-15',
      lastDay: '2025-09-15',
      accounts: ['111111111111'],
      billedTotalUsd: '-2.7049118767',
    })
    expect(result.import.sha256).toMatch(/^[0-9a-f]{64}$/)
    const lines = await costLines()
    expect(lines.map((l) => [l.usage_type, l.region, l.record_type, l.unblended_cost, l.source])).toEqual([
      ['', 'global', 'Credit', '-5.0000000000', 'focus'],
      ['APN2-Lambda-GB-Second-ARM', 'ap-northeast-2', 'Usage', '0.0126700634', 'focus'],
      ['Lambda-GB-Second', 'us-east-1', 'Usage', '0.0300000600', 'focus'],
      ['Lambda-Provisioned-Concurrency', 'us-east-1', 'Usage', '2.2500180000', 'focus'],
      ['Request', 'us-east-1', 'Usage', '0.0024000000', 'focus'],
    ])
    expect(await database.db.awsAccount.findUnique({ where: { id: '111111111111' } })).toMatchObject({
      name: 'prod',
      isDemo: false,
    })
  })

  it('changes nothing when the same file is uploaded again, and nothing when its gzip is', async () => {
    await upload(FOCUS)
    const before = await fingerprint(database.db)
    const again = await upload(FOCUS)
    expect(again.status).toBe('already_imported')
    expect(await fingerprint(database.db)).toEqual(before)
    const gzipped = await upload(gzipSync(FOCUS), 'focus.csv.gz')
    expect(gzipped.status).toBe('imported')
    expect(await fingerprint(database.db)).toEqual(before)
    expect(await database.db.costFileImport.count()).toBe(2)
  })

  it('adds a FOCUS row that changed as another line beside the old one (FOCUS has no line id): a restated period comes as a complete set', async () => {
    await upload(FOCUS)
    const restated = [HEADER, ...ROWS.slice(0, 3).map((row) => row.replace(',0.0024,', ',0.0048,'))].join('\n')
    const result = await upload(Buffer.from(restated), 'focus-restated.csv')
    expect(result.import).toMatchObject({ lineItems: 3, linesAdded: 1, linesReplaced: 2 })
    const lines = await costLines()
    expect(lines.map((l) => l.usage_type)).toEqual([
      '',
      'APN2-Lambda-GB-Second-ARM',
      'Lambda-GB-Second',
      'Lambda-Provisioned-Concurrency',
      'Request',
    ])
    expect(lines.find((l) => l.usage_type === 'Request')!.unblended_cost).toBe('0.0072000000')
  })
})

describe('rejecting files', () => {
  const rejects = async (
    bytes: Buffer,
    pattern: RegExp,
    type: new (...args: never[]) => Error = CostFileStructureError,
  ) => {
    const before = await fingerprint(database.db)
    const imports = await database.db.costFileImport.count()
    await expect(upload(bytes)).rejects.toSatisfy(
      (error: unknown) => error instanceof type && pattern.test((error as Error).message),
    )
    expect(await fingerprint(database.db)).toEqual(before)
    expect(await database.db.costFileImport.count()).toBe(imports)
  }

  it('rejects structural problems as a whole file, saying what is wrong', async () => {
    await rejects(
      Buffer.from([HEADER!.replace('BilledCost,', 'Cost,'), ...ROWS].join('\n')),
      /lacks the column\(s\) BilledCost/,
    )
    await rejects(
      Buffer.from('identity/LineItemId,lineItem/UsageStartDate,lineItem/UnblendedCost\n1,2025-09-01,1.0\n'),
      /legacy Cost and Usage Report/,
    )
    await rejects(
      Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0xc7, 0xd1, 0xb1, 0xdb]), Buffer.from(`${ROWS[0]}\n`)]),
      /not UTF-8.*save or export it as UTF-8/,
    )
    await rejects(Buffer.from(`\ufeff${HEADER}`, 'utf16le'), /UTF-16/)
    await rejects(
      Buffer.from(
        [HEADER, ROWS[0], ROWS[1]!.replace('"Amazon Web Services, Inc."', '"Amazon Web "Services"')].join('\n'),
      ),
      /not valid CSV: .*line 3/,
    )
    await rejects(
      Buffer.from([HEADER, ROWS[0]!.split(',').slice(0, 20).join(',')].join('\n')),
      /not valid CSV: .*Invalid Record Length/,
    )
    await rejects(gzipSync(FOCUS).subarray(0, 200), /gzip but does not decompress/)
    await rejects(Buffer.from(''), /empty/)
    await rejects(Buffer.from(`${HEADER}\n`), /header but no rows/, CostFileRejectedError)
  })

  it('reports bad rows with line numbers and imports nothing when more than 0.1% are bad', async () => {
    const bad = [HEADER, ROWS[0], ROWS[1]!.replace(',0.03000006,', ',3 cents,'), ...ROWS.slice(2)].join('\n')
    const before = await fingerprint(database.db)
    const error = await upload(Buffer.from(bad)).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CostFileRejectedError)
    expect((error as CostFileRejectedError).message).toMatch(
      /1 of 5 rows are invalid \(more than 0\.1%\); nothing was imported/,
    )
    expect((error as CostFileRejectedError).rowErrors).toEqual([
      { line: 3, column: 'BilledCost', message: '"3 cents" is not a decimal number' },
    ])
    expect(await fingerprint(database.db)).toEqual(before)
  })

  it('reports rows PostgreSQL could not store (huge amounts, days in year 10000 or 0, NUL) as invalid rows, not a server error', async () => {
    const bad = [
      HEADER,
      ROWS[0]!.replace(',0.0024,', ',1e200000,'),
      ROWS[1]!.replaceAll('2025-09-15T10:00:00Z', '9999-12-31T23:00:00-05:00'),
      ROWS[2]!.replaceAll('2025-09-15T10:00:00Z', '0001-01-01T00:30:00+01:00'),
      ROWS[3]!.replace(',AWS Lambda,', ',AWS\u0000Lambda,'),
      ROWS[4],
    ].join('\n')
    const before = await fingerprint(database.db)
    const error = await upload(Buffer.from(bad)).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CostFileRejectedError)
    expect((error as CostFileRejectedError).message).toMatch(/4 of 5 rows are invalid/)
    expect((error as CostFileRejectedError).rowErrors).toEqual([
      { line: 2, column: 'BilledCost', message: '"1e200000" is out of range (its size must be below 10,000,000,000)' },
      {
        line: 3,
        column: 'ChargePeriodStart',
        message: '"9999-12-31T23:00:00-05:00" is outside the supported dates (UTC days 2000-01-01 to 2099-12-31)',
      },
      {
        line: 4,
        column: 'ChargePeriodStart',
        message: '"0001-01-01T00:30:00+01:00" is outside the supported dates (UTC days 2000-01-01 to 2099-12-31)',
      },
      { line: 5, column: 'ServiceName', message: 'contains a NUL character' },
    ])
    expect(await fingerprint(database.db)).toEqual(before)
  })

  it('imports a large file with one bad row, reporting it, and stops a file over the size limit while streaming', async () => {
    const body = Array.from({ length: 2_000 }, (_, i) =>
      ROWS[0]!
        .replace('2025-09-15T10:00:00Z', `2025-08-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`)
        .replace(',0.0024,', `,${(i + 1) / 10_000},`),
    )
    body[1_234] = body[1_234]!.replace(',111111111111,', ',prod-account,')
    const result = await upload(Buffer.from([HEADER, ...body].join('\n')), 'august.csv')
    expect(result.import).toMatchObject({
      rowsRead: 2_000,
      rowsSkipped: 1,
      lineItems: 1_999,
      rowErrors: [{ line: 1_236, column: 'SubAccountId', message: '"prod-account" is not a 12-digit AWS account id' }],
    })
    const expected = body
      .filter((_, i) => i !== 1_234)
      .reduce((total, _, i, all) => total.plus(toDecimal(all[i]!.split(',')[1]!)), toDecimal(0))
    expect(toDecimal(result.import.billedTotalUsd).equals(expected)).toBe(true)
    await expect(
      importCostFile(
        { db: database.db, databaseUrl: database.url },
        { fileName: 'x.csv', body: Readable.from([Buffer.from([HEADER, ...body].join('\n'))]), maxBytes: 50_000 },
      ),
    ).rejects.toBeInstanceOf(CostFileTooLargeError)
  })
})

describe('importing a CUR 2.0 export', () => {
  it('stores its line items with the service named as Cost Explorer names it, tax under "Tax"', async () => {
    const cur = [
      'identity_line_item_id,line_item_usage_start_date,line_item_usage_end_date,line_item_usage_account_id,line_item_usage_account_name,line_item_line_item_type,line_item_product_code,line_item_usage_type,line_item_usage_amount,line_item_unblended_cost,line_item_currency_code,product_region_code,pricing_unit,product',
      'a1,2026-10-03T00:00:00Z,2026-10-03T01:00:00Z,333333333333,analytics,Usage,AWSLambda,APN2-Request,500000,0.1,USD,ap-northeast-2,Requests,"{""product_name"":""AWS Lambda""}"',
      'a2,2026-10-03T01:00:00Z,2026-10-03T02:00:00Z,333333333333,analytics,Usage,AWSLambda,APN2-Request,250000,0.05,USD,ap-northeast-2,Requests,"{""product_name"":""AWS Lambda""}"',
      'a3,2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,333333333333,analytics,Tax,AWSLambda,,0,0.015,USD,,,',
    ].join('\r\n')
    const result = await upload(Buffer.from(cur), 'cur2.csv')
    expect(result.import).toMatchObject({
      format: 'cur-2.0',
      rowsRead: 3,
      lineItems: 3,
      linesAdded: 3,
      accounts: ['333333333333'],
    })
    const rows = await database.db.$queryRaw<
      {
        service: string
        usage_type: string
        record_type: string
        unblended_cost: string
        usage_quantity: string
        source: string
      }[]
    >`
      SELECT service, usage_type, record_type, unblended_cost::text, usage_quantity::text, source FROM cost_line_item WHERE account_id = '333333333333' ORDER BY record_type`
    expect(rows).toEqual([
      {
        service: 'Tax',
        usage_type: '',
        record_type: 'Tax',
        unblended_cost: '0.0150000000',
        usage_quantity: '0.0000000000',
        source: 'cur',
      },
      {
        service: 'AWS Lambda',
        usage_type: 'APN2-Request',
        record_type: 'Usage',
        unblended_cost: '0.1500000000',
        usage_quantity: '750000.0000000000',
        source: 'cur',
      },
    ])
  })
})
