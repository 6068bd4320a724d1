// The import API through its route handlers: an export's files with its manifest as one multipart upload (a
// complete set, checked against the manifest), and the import log with what each billing period holds.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { billingPeriod, costFileImport, importSetResult } from '../../lib/schemas/imports'
import { csvOf, focusExport, partsOf } from '../support/cost-files'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, emptyTables, type TestDatabase } from './helpers/test-database'

type Handler = (request: Request, context: never) => Promise<Response>
let database: TestDatabase
let engineer: { authorization: string }
let routes: { imports: { GET: Handler; POST: Handler }; sets: { POST: Handler } }

const FOCUS = focusExport(['2025-09-15', '2025-09-16'])
const [PART_1, PART_2] = partsOf(FOCUS, 2).map(csvOf)
const MANIFEST = JSON.stringify({
  executionId: 'e1',
  exportArn: 'arn:aws:bcm-data-exports:us-east-1:999999999999:export/finops',
  dataFiles: [
    's3://bucket/exports/finops/data/BILLING_PERIOD=2025-09/finops-00001.csv',
    's3://bucket/exports/finops/data/BILLING_PERIOD=2025-09/finops-00002.csv',
  ],
})

const form = (files: [name: string, bytes: Buffer | string][]) => {
  const body = new FormData()
  for (const [name, bytes] of files)
    body.append('file', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name))
  return body
}
const postSet = (body: FormData) =>
  routes.sets.POST(
    new Request('http://localhost/api/imports/sets', { method: 'POST', headers: engineer, body }),
    undefined as never,
  )

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  // Room for each part, not for the whole export in one file.
  process.env.FINOPS_IMPORT_MAX_BYTES = String(Math.max(PART_1!.length, PART_2!.length) + 1_000)
  routes = {
    imports: (await import('../../app/api/imports/route')) as never,
    sets: (await import('../../app/api/imports/sets/route')) as never,
  }
})

afterAll(async () => {
  await database?.drop()
})

// Each test starts with nothing imported and brings the files it reads.
beforeEach(async () => {
  await emptyTables(database.db)
  // Emptied with the rest: a token of its own for each test.
  engineer = await signedInHeaders(database.db, 'engineer')
})

describe('POST /api/imports/sets', () => {
  it('refuses a set whose files are not the ones its manifest lists, importing nothing', async () => {
    const response = await postSet(
      form([
        ['finops-Manifest.json', MANIFEST],
        ['finops-00001.csv', PART_1!],
        ['other.csv', PART_2!],
      ]),
    )
    expect(response.status).toBe(422)
    expect((await response.json()).error).toEqual({
      code: 'unprocessable',
      message:
        'finops-Manifest.json lists 2 data files; not uploaded: finops-00002.csv; uploaded but not listed: other.csv. Upload the manifest with exactly the files it lists; nothing was imported.',
    })
    expect(await database.db.costFileImport.count()).toBe(0)
  })

  it('refuses a set with a file over the limit (413), reading the form to its end, and imports nothing', async () => {
    const response = await postSet(
      form([
        ['whole.csv', csvOf(FOCUS)],
        ['finops-00002.csv', PART_2!],
      ]),
    )
    expect(response.status).toBe(413)
    expect((await response.json()).error.message).toMatch(
      /^The file is larger than [\d,]+ bytes after decompression, the import limit\. To import it, raise FINOPS_IMPORT_MAX_BYTES/,
    )
    expect(await database.db.costFileImport.count()).toBe(0)
  })

  it('imports the manifest with its files, in any order, as a complete set', async () => {
    const response = await postSet(
      form([
        ['finops-00002.csv', PART_2!],
        ['finops-Manifest.json', MANIFEST],
        ['finops-00001.csv', PART_1!],
      ]),
    )
    expect(response.status).toBe(201)
    const result = importSetResult.parse(await response.json())
    expect(result.imports.map((file) => [file.fileName, file.lineItems])).toEqual([
      ['finops-00002.csv', FOCUS.rows.length - 123],
      ['finops-00001.csv', 123],
    ])
    expect(result.linesRemoved).toBe(0)
  })

  it('refuses what is not a multipart form, and the single-file route points multipart senders here', async () => {
    const plain = await routes.sets.POST(
      new Request('http://localhost/api/imports/sets', {
        method: 'POST',
        headers: { ...engineer, 'content-type': 'text/csv' },
        body: new Uint8Array(PART_1!),
      }),
      undefined as never,
    )
    expect(plain.status).toBe(415)
    const single = await routes.imports.POST(
      new Request('http://localhost/api/imports?fileName=a.csv', {
        method: 'POST',
        headers: engineer,
        body: form([['a.csv', PART_1!]]),
      }),
      undefined as never,
    )
    expect(single.status).toBe(415)
    expect((await single.json()).error.message).toMatch(/several files as a complete set go to \/api\/imports\/sets/)
  })
})

describe('GET /api/imports', () => {
  it('lists the files and, per billing period, which files hold how many lines', async () => {
    expect(
      (
        await postSet(
          form([
            ['finops-Manifest.json', MANIFEST],
            ['finops-00001.csv', PART_1!],
            ['finops-00002.csv', PART_2!],
          ]),
        )
      ).status,
    ).toBe(201)
    const response = await routes.imports.GET(
      new Request('http://localhost/api/imports', { headers: engineer }),
      undefined as never,
    )
    const body = (await response.json()) as { imports: unknown[]; periods: unknown[] }
    expect(body.imports.map((file) => costFileImport.parse(file).fileName)).toEqual(
      expect.arrayContaining(['finops-00001.csv', 'finops-00002.csv']),
    )
    const periods = body.periods.map((period) => billingPeriod.parse(period))
    expect(
      periods.map(({ source, billingAccountId, start, lines, files }) => ({
        source,
        billingAccountId,
        start,
        lines,
        files: files.map((file) => [file.fileName, file.lines]).sort(),
      })),
    ).toEqual([
      {
        source: 'focus',
        billingAccountId: '999999999999',
        start: '2025-09-01',
        lines: FOCUS.rows.length,
        files: [
          ['finops-00001.csv', 123],
          ['finops-00002.csv', FOCUS.rows.length - 123],
        ],
      },
    ])
  })
})
