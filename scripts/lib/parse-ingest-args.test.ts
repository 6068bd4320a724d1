import { describe, expect, it } from 'vitest'
import { parseIngestArgs } from './parse-ingest-args'

describe('npm run ingest arguments', () => {
  const today = '2026-11-22'

  it('reads an inclusive window and the sources', () => {
    expect(
      parseIngestArgs(['--from', '2026-10-01', '--to', '2026-10-31', '--sources', 'costs,metrics'], today),
    ).toEqual({
      window: { from: '2026-10-01', to: '2026-10-31' },
      sources: ['costs', 'metrics'],
    })
    expect(parseIngestArgs([], today)).toEqual({ window: undefined, sources: undefined })
  })

  it('says what is wrong with a window', () => {
    expect(() => parseIngestArgs(['--from', '2026-10-01'], today)).toThrow(/both --from and --to/)
    expect(() => parseIngestArgs(['--from', '2026-10-01', '--to', '2026-02-30'], today)).toThrow(/--to must be a date/)
    expect(() => parseIngestArgs(['--from', '2026-10-02', '--to', '2026-10-01'], today)).toThrow(/after --to/)
    expect(() => parseIngestArgs(['--from', '2026-11-01', '--to', '2026-11-23'], today)).toThrow(/in the future/)
    expect(() => parseIngestArgs(['--sources', 'costs,invoices'], today)).toThrow(/Unknown source\(s\) invoices/)
    expect(() => parseIngestArgs(['--window', 'x'], today)).toThrow()
  })

  it("accepts only the supported days and the API's longest window", () => {
    expect(() => parseIngestArgs(['--from', '1999-12-31', '--to', '2000-01-05'], today)).toThrow(
      /--from must be a date .*between 2000-01-01 and 2099-12-31/,
    )
    expect(() => parseIngestArgs(['--from', '9999-12-01', '--to', '9999-12-31'], '9999-12-31')).toThrow(
      /--from must be a date .*between 2000-01-01 and 2099-12-31/,
    )
    expect(() => parseIngestArgs(['--from', '2020-01-01', '--to', '2026-10-31'], today)).toThrow(/at most 800 days/)
  })
})
