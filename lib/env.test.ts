import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ENV_VARIABLES, InvalidEnvironmentError, parseEnv } from './env'

describe('env', () => {
  it('applies defaults for a bare environment', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', FINOPS_DATA_DIR: '.data', FINOPS_DEMO_DATA: true })
    expect(env.DATABASE_URL).toBeUndefined()
  })

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000)
  })

  it('parses booleans and numbers', () => {
    expect(parseEnv({ FINOPS_DEMO_DATA: 'false', PORT: '8080' })).toMatchObject({ FINOPS_DEMO_DATA: false, PORT: 8080 })
  })

  it('reads the alert settings: a public URL for links and the delivery interval (0 turns the timer off)', () => {
    expect(parseEnv({})).toMatchObject({ FINOPS_ALERT_INTERVAL_SECONDS: 60 })
    expect(
      parseEnv({ FINOPS_PUBLIC_URL: 'https://finops.example.com', FINOPS_ALERT_INTERVAL_SECONDS: '0' }),
    ).toMatchObject({ FINOPS_PUBLIC_URL: 'https://finops.example.com', FINOPS_ALERT_INTERVAL_SECONDS: 0 })
    expect(() => parseEnv({ FINOPS_ALERT_INTERVAL_SECONDS: '-5' })).toThrow(/FINOPS_ALERT_INTERVAL_SECONDS/)
  })

  it('names every invalid variable', () => {
    const parse = () => parseEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x', AWS_ENDPOINT_URL_LAMBDA: 'not a url' })
    expect(parse).toThrowError(InvalidEnvironmentError)
    expect(parse).toThrowError(/PORT/)
    expect(parse).toThrowError(/DATABASE_URL/)
    expect(parse).toThrowError(/AWS_ENDPOINT_URL_LAMBDA/)
  })

  it('reads FINOPS_NOW, the instant the server clock starts at, with or without an offset', () => {
    expect(parseEnv({}).FINOPS_NOW).toBeUndefined()
    expect(parseEnv({ FINOPS_NOW: '2026-12-07T03:00:00Z' }).FINOPS_NOW?.toISOString()).toBe('2026-12-07T03:00:00.000Z')
    expect(parseEnv({ FINOPS_NOW: '2026-12-07T12:00:00+09:00' }).FINOPS_NOW?.toISOString()).toBe(
      '2026-12-07T03:00:00.000Z',
    )
    expect(() => parseEnv({ FINOPS_NOW: '2026-12-07' })).toThrowError(/FINOPS_NOW: must be an ISO 8601 instant/)
  })

  it('parses the ingestion settings: region list, Cost Explorer call cap, schedule', () => {
    expect(parseEnv({})).toMatchObject({ FINOPS_CE_MAX_CALLS_PER_RUN: 100, FINOPS_INGEST_SCHEDULE: '0 */6 * * *' })
    expect(parseEnv({ FINOPS_AWS_REGIONS: 'us-east-1, ap-northeast-2' }).FINOPS_AWS_REGIONS).toEqual([
      'us-east-1',
      'ap-northeast-2',
    ])
    expect(parseEnv({ FINOPS_INGEST_SCHEDULE: 'off' }).FINOPS_INGEST_SCHEDULE).toBe('off')
    expect(() => parseEnv({ FINOPS_AWS_REGIONS: 'seoul' })).toThrowError(/FINOPS_AWS_REGIONS/)
    expect(() => parseEnv({ FINOPS_INGEST_SCHEDULE: 'hourly' })).toThrowError(/FINOPS_INGEST_SCHEDULE/)
    expect(() => parseEnv({ FINOPS_CE_MAX_CALLS_PER_RUN: '0' })).toThrowError(/FINOPS_CE_MAX_CALLS_PER_RUN/)
  })

  it('caps Cost Explorer spending per UTC day in dollars, $2.00 unless told otherwise', () => {
    expect(parseEnv({}).FINOPS_CE_MAX_USD_PER_DAY).toBe('2.00')
    expect(parseEnv({ FINOPS_CE_MAX_USD_PER_DAY: '0.25' }).FINOPS_CE_MAX_USD_PER_DAY).toBe('0.25')
    for (const bad of ['0', '0.001', '-1', 'two', '1e3'])
      expect(() => parseEnv({ FINOPS_CE_MAX_USD_PER_DAY: bad })).toThrowError(/FINOPS_CE_MAX_USD_PER_DAY/)
  })

  it('limits an imported cost file to 256 MiB after decompression unless told otherwise', () => {
    // 2 GiB was ~8 CPU-minutes for a 7.5 MB gzip upload: too generous for a default.
    expect(parseEnv({}).FINOPS_IMPORT_MAX_BYTES).toBe(268_435_456)
    expect(parseEnv({ FINOPS_IMPORT_MAX_BYTES: '2147483648' }).FINOPS_IMPORT_MAX_BYTES).toBe(2 * 1024 ** 3)
  })

  it('every variable is listed in .env.example, set or commented out', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
    const listed = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]))
    expect(ENV_VARIABLES.filter((name) => !listed.has(name))).toEqual([])
  })
})
