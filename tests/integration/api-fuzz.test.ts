// Every route and method of the OpenAPI document, driven with generated input through the real route handlers
// against a real PostgreSQL: valid-ish and hostile values for each declared parameter and body field (wrong
// types, huge numbers, odd Unicode, NUL, lone surrogates, years 9999 and 10000, empty and oversized bodies).
// No input may earn a 5xx, and every JSON answer must match the schema the document gives for its status.
// Side effects stay local: webhook URLs are IP literals in reserved ranges, which the SSRF policy refuses before any
// connection or DNS lookup; ingestion runs are only queued (no worker runs);
// the demo dataset is never loaded (a demo-flagged account makes it "present"; its removal runs last).
import path from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApiDocument } from '../../lib/openapi/document'
import { upsertAccounts, upsertRegions } from '../../lib/server/repositories/write-accounts'
import { addFunction } from './helpers/add-function'
import { signedInHeaders } from './helpers/signed-in'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

type Schema = Record<string, unknown>
type Parameter = { name: string; in: 'query' | 'path'; required: boolean; schema: Schema }
type Operation = {
  method: string
  path: string
  operationId: string
  parameters: Parameter[]
  requestBody?: { content: Record<string, { schema: Schema }> }
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>
}
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
type Call = { operation: Operation; url: string; params: Record<string, string>; init: RequestInit }

const SEED = Number(process.env.FUZZ_SEED ?? 18)
const RUNS_PER_OPERATION = 40
const document = openApiDocument() as unknown as {
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>
  components: { schemas: Record<string, Schema> }
}
const operations: Operation[] = Object.entries(document.paths).flatMap(([apiPath, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ ...operation, method: method.toUpperCase(), path: apiPath })),
)
// Deletions run last (so the other operations still find the rule, budget and demo flag they are aimed at), and
// removing the demo data last of all.
const order = (operation: Operation) =>
  operation.operationId === 'deleteDemoData' ? 2 : operation.method === 'DELETE' ? 1 : 0
operations.sort((a, b) => order(a) - order(b))

const ajv = new Ajv2020({ strict: false, allErrors: false })
addFormats(ajv)
ajv.addSchema({ $id: 'openapi', components: document.components })
const resolve = (schema: Schema): Schema => {
  const ref = schema.$ref
  return typeof ref === 'string'
    ? resolve(document.components.schemas[ref.replace('#/components/schemas/', '')]!)
    : schema
}

/** Webhook targets that never reach the network: documentation and loopback addresses, refused as written. */
const WEBHOOK_URLS = ['https://203.0.113.10/fuzz', 'http://127.0.0.1:1/x', 'https://[2001:db8::1]/x']

let database: TestDatabase
/** Every call is an admin's, who may call every route: the fuzz is about input, access-control.test.ts about roles. */
let admin: { authorization: string }
const handlers = new Map<string, Handler>()
const ids = { function: 0, anomaly: 0, rule: 0 }

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  admin = await signedInHeaders(database.db)
  await upsertRegions(database.db)
  await upsertAccounts(database.db, [
    { id: '123456789012', name: 'production', isDemo: false },
    { id: '210987654321', name: 'demo placeholder', isDemo: true },
  ])
  const fn = await addFunction(database.db, {
    accountId: '123456789012',
    region: 'ap-northeast-2',
    name: 'api-handler',
    memoryMb: 512,
    architecture: 'arm64',
    from: '2026-09-01',
    to: '2026-10-31',
    invocationsPerDay: 50_000,
    durationMs: 120,
  })
  ids.function = fn.id
  ids.anomaly = (
    await database.db.anomaly.create({
      data: {
        fingerprint: 'fuzz',
        kind: 'error_spike',
        accountId: '123456789012',
        functionId: fn.id,
        region: 'ap-northeast-2',
        periodStart: new Date('2026-10-10T00:00:00Z'),
        periodEnd: new Date('2026-10-11T00:00:00Z'),
        severity: 'high',
        impactUsd: '12.5',
        explanation: 'Errors rose tenfold.',
        evidence: { errors: 5000 },
      },
    })
  ).id
  ids.rule = (
    await database.db.alertRule.create({
      data: { name: 'fuzz', kinds: [], minSeverity: 'low', format: 'json', webhookUrl: WEBHOOK_URLS[0]! },
    })
  ).id
  for (const operation of operations) {
    const file = path.join(process.cwd(), 'app', operation.path.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts')
    handlers.set(
      `${operation.method} ${operation.path}`,
      ((await import(file)) as Record<string, Handler>)[operation.method]!,
    )
  }
}, 120_000)

afterAll(async () => {
  const boss = await (globalThis as { finopsBoss?: Promise<{ stop(options: object): Promise<void> }> }).finopsBoss
  await boss?.stop({ graceful: false, wait: true })
  await database?.drop()
})

// ---- values ----

/** Text PostgreSQL cannot store: NUL, lone surrogates. */
const UNSTORABLE_TEXT = ['\u0000', 'a\u0000b', 'AWS Lambda\u0000', '\ud800', 'x\udfffy']
const HOSTILE_TEXT = [
  '',
  ' ',
  '😀🏳️‍🌈',
  '\u202eevil',
  'Ａ',
  '한국어 함수',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  ['..', '..', 'etc', 'passwd'].join('/'), // a path traversal attempt as a value
  '%00',
  '=HYPERLINK("x")',
  'x'.repeat(3000),
  'null',
  'NaN',
  '[]',
]
const HOSTILE_NUMBERS = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  '2147483647',
  '2147483648',
  '99999999999',
  '9007199254740993',
  '1e308',
  '-0',
  'Infinity',
]
const HOSTILE_DAYS = [
  '9999-12-31',
  '10000-01-01',
  '0000-01-01',
  '0001-01-01',
  '1999-12-31',
  '2100-01-01',
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  '2026-10-01',
  '2026-10-31',
  '2026-09-15',
]
const HOSTILE_MONTHS = [
  '9999-12',
  '10000-01',
  '0000-01',
  '1999-12',
  '2100-01',
  '2026-00',
  '2026-13',
  '2026-10',
  '2026-09',
]

const hostileString = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...UNSTORABLE_TEXT) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT, ...HOSTILE_NUMBERS, ...HOSTILE_DAYS, ...HOSTILE_MONTHS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
)

const VALID_DAYS = ['2026-09-01', '2026-09-15', '2026-10-01', '2026-10-31']
const VALID_MONTHS = ['2026-09', '2026-10']
/** Plausible values of string parameters the schema cannot describe (regexes and refinements are not in it). */
const VALID_BY_NAME: Record<string, string[]> = {
  accountId: ['123456789012'],
  account: ['123456789012'],
  region: ['ap-northeast-2', 'us-east-1', 'global'],
  function: ['arn:aws:lambda:ap-northeast-2:123456789012:function:api-handler'],
  service: ['AWS Lambda'],
  usage_type: ['APN2-Lambda-GB-Second-ARM'],
  groupBy: ['service', 'service,region', 'function', ''],
  q: ['api', 'API'],
  search: ['api'],
  fileName: ['costs.csv'],
}

/** A value the parameter's schema accepts (most of the time: its enum, format, bounds, or a known good value). */
function validValue(name: string, schema: Schema): fc.Arbitrary<string> {
  const enums = (schema.enum ?? (schema.items as Schema | undefined)?.enum) as unknown[] | undefined
  if (enums) return fc.constantFrom(...enums.map(String))
  if (schema.format === 'date') return fc.constantFrom(...VALID_DAYS)
  if (String(schema.pattern ?? '').includes('\\d{4}-\\d{2}$')) return fc.constantFrom(...VALID_MONTHS)
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = typeof schema.minimum === 'number' ? schema.minimum : 0
    const max = typeof schema.maximum === 'number' ? schema.maximum : 1000
    return fc.integer({ min, max: Math.min(max, min + 1000) }).map(String)
  }
  return fc.constantFrom(...(VALID_BY_NAME[name] ?? ['api']))
}

/** A value meant to break it: text PostgreSQL cannot store, wrong types, huge numbers, impossible or far dates. */
const hostileValue = fc.oneof(
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_DAYS, ...HOSTILE_MONTHS, ...HOSTILE_NUMBERS) },
)

/** Mostly an id that exists (the anomaly, rule and function made above), sometimes one that cannot. */
const pathValue = (_name: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...new Set([ids.anomaly, ids.function, ids.rule].map(String))) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS, 'abc', '', '%00', '1%2F2', '😀') },
  )

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...UNSTORABLE_TEXT) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      null,
      true,
      0,
      -1,
      1.5,
      2147483648,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      [],
      {},
      '',
      [null],
      { nested: { deep: [1, 'x'] } },
    ),
  },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
)

/** A JSON value the schema accepts (most of the time). */
function validJson(schema: Schema, name = '', depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(schema)
  const variants = (resolved.anyOf ?? resolved.oneOf) as Schema[] | undefined
  if (variants?.length) return fc.oneof(...variants.map((variant) => validJson(variant, name, depth)))
  if (resolved.enum) return fc.constantFrom(...(resolved.enum as unknown[]))
  if (resolved.type === 'null') return fc.constant(null)
  if (resolved.type === 'object') {
    if (depth > 3) return fc.constant({})
    const required = new Set((resolved.required ?? []) as string[])
    const properties = Object.entries((resolved.properties ?? {}) as Record<string, Schema>)
    return fc.record(
      Object.fromEntries(
        properties.map(([key, property]) => [
          key,
          required.has(key)
            ? validJson(property, key, depth + 1)
            : fc.option(validJson(property, key, depth + 1), { nil: undefined }),
        ]),
      ),
    )
  }
  if (resolved.type === 'array')
    return fc.array(validJson((resolved.items ?? {}) as Schema, name, depth + 1), { maxLength: 2 })
  if (resolved.type === 'boolean') return fc.boolean()
  if (name === 'functionId') return fc.constant(ids.function)
  if (resolved.type === 'integer' || resolved.type === 'number') {
    const min = typeof resolved.minimum === 'number' ? resolved.minimum : 0
    const max = typeof resolved.maximum === 'number' ? resolved.maximum : 10_000
    return fc.integer({ min, max: Math.min(max, min + 10_000) })
  }
  if (resolved.format === 'uri' || name === 'webhookUrl') return fc.constantFrom(...WEBHOOK_URLS)
  if (resolved.type === 'string') return validValue(name, resolved)
  return fc.constant(null)
}

/** A body for a schema: valid but for one hostile field (mostly), wholly hostile, or the wrong type altogether. */
function bodyValue(schema: Schema): fc.Arbitrary<unknown> {
  const resolved = resolve(schema)
  const properties = Object.keys((resolved.properties ?? {}) as Record<string, Schema>)
  if (resolved.type !== 'object' || properties.length === 0) return fc.oneof(validJson(resolved), hostileJson)
  const oneHostileField = fc
    .record({ valid: validJson(resolved), field: fc.constantFrom(...properties), value: hostileJson })
    .map(({ valid, field, value }) => ({ ...(valid as object), [field]: value }))
  return fc.oneof(
    { weight: 2, arbitrary: validJson(resolved) },
    { weight: 5, arbitrary: oneHostileField },
    { weight: 1, arbitrary: hostileJson },
  )
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain; application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
]
const OVERSIZED = JSON.stringify({ padding: 'x'.repeat(1_100_000) })

function callOf(operation: Operation): fc.Arbitrary<Call> {
  const query = operation.parameters.filter((p) => p.in === 'query')
  const pathParams = operation.parameters.filter((p) => p.in === 'path')
  // Mostly one hostile parameter among valid ones (so it reaches the code behind the schema), sometimes all.
  const queryArb = fc
    .record({
      valid: fc.record(
        Object.fromEntries(
          query.map((parameter) => [
            parameter.name,
            fc.option(validValue(parameter.name, resolve(parameter.schema)), { freq: 3, nil: undefined }),
          ]),
        ),
      ),
      hostile: fc.record(
        Object.fromEntries(
          query.map((parameter) => [
            parameter.name,
            fc.oneof(
              { weight: 4, arbitrary: hostileValue },
              { weight: 1, arbitrary: fc.array(hostileValue, { minLength: 2, maxLength: 3 }) },
            ),
          ]),
        ),
      ),
      target: fc.constantFrom(...query.map((parameter) => parameter.name), null),
      allHostile: fc.nat(7).map((n) => n === 0),
      unknownParameter: fc.option(hostileString, { freq: 8, nil: undefined }),
    })
    .map(({ valid, hostile, target, allHostile, unknownParameter }) => ({
      ...Object.fromEntries(
        Object.keys(hostile).map((name) => [name, allHostile || name === target ? hostile[name] : valid[name]]),
      ),
      unknownParameter,
    }))
  const paramsArb = fc.record(
    Object.fromEntries(pathParams.map((parameter) => [parameter.name, pathValue(parameter.name)])),
  ) as fc.Arbitrary<Record<string, string>>
  const json = operation.requestBody?.content['application/json']
  const raw = operation.requestBody && !json
  const bodyArb: fc.Arbitrary<{ body?: BodyInit; contentType?: string }> = json
    ? fc.oneof(
        {
          weight: 8,
          arbitrary: fc.record({
            body: bodyValue(json.schema).map((value) => JSON.stringify(value) ?? ''),
            contentType: fc.constantFrom(...CONTENT_TYPES.slice(0, 2)),
          }),
        },
        {
          weight: 1,
          arbitrary: fc.record({
            body: fc.constantFrom('', '{', '{"a":', OVERSIZED, '\u0000', '[]'),
            contentType: fc.constantFrom(...CONTENT_TYPES),
          }),
        },
        {
          weight: 1,
          arbitrary: fc.record({
            body: bodyValue(json.schema).map((value) => JSON.stringify(value) ?? ''),
            contentType: fc.constantFrom(...CONTENT_TYPES.slice(2)),
          }),
        },
      )
    : raw
      ? fc.record({
          body: fc.oneof(
            fc.constantFrom(
              '',
              'not,a,cost,file\n1,2,3,4\n',
              '\u0000\u0001\u0002',
              'BillingPeriodStart,ChargePeriodStart\n9999-12-31T00:00:00Z,10000-01-01T00:00:00Z\n',
            ),
            fc.uint8Array({ maxLength: 256 }),
          ),
          contentType: fc.constantFrom(
            'text/csv',
            'application/gzip',
            'multipart/form-data; boundary=x',
            'application/json',
          ),
        })
      : fc.oneof(
          { weight: 3, arbitrary: fc.constant({}) },
          {
            weight: 1,
            arbitrary: fc.record({
              body: fc.constantFrom('{"unexpected":true}', OVERSIZED),
              contentType: fc.constantFrom(...CONTENT_TYPES),
            }),
          },
        )
  return fc.record({ query: queryArb, params: paramsArb, body: bodyArb }).map(({ query: values, params, body }) => {
    const search = new URLSearchParams()
    for (const [name, value] of Object.entries(values))
      for (const item of [value].flat()) if (item !== undefined) search.append(name, item as string)
    const url = `http://localhost${operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(params[name] ?? ''))}${search.size ? `?${search}` : ''}`
    const sendsBody = operation.method !== 'GET' && body.body !== undefined
    const init: RequestInit = {
      method: operation.method,
      headers: sendsBody && body.contentType ? { 'content-type': body.contentType } : {},
      ...(sendsBody ? { body: body.body } : {}),
    }
    return { operation, url, params, init }
  })
}

// ---- the property ----

type Finding = { request: string; status: number; problem: string }
const findings: Finding[] = []
let requests = 0

async function send(call: Call): Promise<number> {
  requests += 1
  const request = new Request(call.url, {
    ...call.init,
    headers: { ...(call.init.headers as Record<string, string>), ...admin },
  })
  const response = await handlers.get(`${call.operation.method} ${call.operation.path}`)!(request, {
    params: Promise.resolve(call.params),
  })
  const label = `${call.operation.method} ${call.url.slice(0, 300)}${call.init.body ? ` (${String(typeof call.init.body === 'string' ? call.init.body.slice(0, 200) : 'bytes')})` : ''}`
  const text = await response.text()
  if (response.status >= 500) findings.push({ request: label, status: response.status, problem: text.slice(0, 300) })
  const documented = call.operation.responses[String(response.status)] ?? call.operation.responses.default
  const schema = documented?.content?.['application/json']?.schema
  if (schema && (response.headers.get('content-type') ?? '').includes('application/json')) {
    const validate = validatorFor(schema)
    if (!validate(JSON.parse(text)))
      findings.push({
        request: label,
        status: response.status,
        problem: `answer does not match its documented schema: ${ajv.errorsText(validate.errors)}`,
      })
  }
  return response.status
}

const validators = new Map<string, ValidateFunction>()

/** A validator for a response schema, its `#/components/schemas/X` references pointed at the document (registered as `openapi`). */
function validatorFor(schema: Schema): ValidateFunction {
  const text = JSON.stringify(schema).replaceAll('"#/components/schemas/', '"openapi#/components/schemas/')
  let validate = validators.get(text)
  if (!validate) validators.set(text, (validate = ajv.compile(JSON.parse(text) as Schema)))
  return validate
}

describe('API fuzz', () => {
  it(`answers ${operations.length} operations × ${RUNS_PER_OPERATION} generated requests without a 5xx, each answer as documented`, async () => {
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(callOf(operation), async (call) => {
          await send(call)
        }),
        { numRuns: RUNS_PER_OPERATION, seed: SEED, endOnFailure: true },
      )
    }
    console.log(`API fuzz: ${requests} requests over ${operations.length} operations (seed ${SEED})`)
    expect(requests).toBeGreaterThanOrEqual(1000)
    expect(findings).toEqual([])
  }, 240_000)
})
