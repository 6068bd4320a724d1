import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FORMULA_TRIGGERS, neutralizeFormula } from './neutralize-formula'
import { type CsvColumn, createCsvWriter } from './csv-writer'

const COLUMNS: CsvColumn[] = [
  { header: 'period_start', kind: 'date' },
  { header: 'function_name', kind: 'text' },
  { header: 'cost_usd', kind: 'number' },
  { header: 'estimated', kind: 'boolean' },
]

const BOM = '\uFEFF'

function parseStrict(csv: string): string[][] {
  return parse(csv, { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' })
}

describe('createCsvWriter', () => {
  it('writes a BOM and the header once, then CRLF records; numbers are bare, text is quoted', () => {
    const writer = createCsvWriter(COLUMNS)
    const first = writer.write([['2026-10-01', 'orders-api', '12.3456789012', false]])
    const second = writer.write([
      ['2026-10-02', '주문', '-0.0000000001', true],
      ['2026-10-03', 'x', 7, null],
    ])
    expect(first).toBe(
      `${BOM}period_start,function_name,cost_usd,estimated\r\n"2026-10-01","orders-api",12.3456789012,"false"\r\n`,
    )
    expect(second).toBe(`"2026-10-02","주문",-0.0000000001,"true"\r\n"2026-10-03","x",7,\r\n`)
    expect((first + second).indexOf(BOM)).toBe(0)
    expect((first + second).lastIndexOf(BOM)).toBe(0)
  })

  it('an export without records is the BOM and the header', () => {
    expect(createCsvWriter(COLUMNS).write([])).toBe(`${BOM}period_start,function_name,cost_usd,estimated\r\n`)
  })

  it('keeps negative amounts as numbers and escapes the same text in a text column', () => {
    const csv = createCsvWriter(
      [
        { header: 'name', kind: 'text' },
        { header: 'amount', kind: 'number' },
      ],
      { bom: false },
    ).write([['-12.34', '-12.34']])
    expect(csv).toBe(`name,amount\r\n"'-12.34",-12.34\r\n`)
  })

  it('a function named =HYPERLINK("http://x","y") is inert text: quoted, apostrophe first, quotes doubled', () => {
    const csv = createCsvWriter(COLUMNS).write([['2026-10-01', '=HYPERLINK("http://x","y")', '1', false]])
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(parseStrict(csv)[1]![1]).toBe(`'=HYPERLINK("http://x","y")`)
  })

  it('refuses a number column value that is not a number, and a malformed day', () => {
    expect(() => createCsvWriter(COLUMNS).write([['2026-10-01', 'a', '=1+1', false]])).toThrow(
      'cost_usd: "=1+1" is not a number',
    )
    expect(() => createCsvWriter(COLUMNS).write([['1/10/2026', 'a', '1', false]])).toThrow('period_start')
    expect(() => createCsvWriter(COLUMNS).write([['2026-10-01', 'a', Number.NaN, false]])).toThrow(
      'not a finite number',
    )
  })

  describe('cell break-out (reliability §8 item 2)', () => {
    const payloads = [
      'a","=1+1',
      'a;=1+1',
      'x\r\n=1+1',
      '"=1+1',
      ',=1+1',
      'a\n@SUM(1,1)',
      '=1+2";=1+2',
      `'";=cmd|' /C calc'!A0`,
    ]
    it.each(payloads)('%j stays one cell and no raw cell starts with a trigger', (payload) => {
      const csv = createCsvWriter(COLUMNS).write([['2026-10-01', payload, '1', false]])
      const rows = parseStrict(csv)
      expect(rows).toHaveLength(2)
      expect(rows.every((row) => row.length === 4)).toBe(true)
      expect(rows[1]![1]).toBe(neutralizeFormula(payload))
      for (const cell of rawCells(csv)) expect(FORMULA_TRIGGERS).not.toContain(cell[0])
    })
  })

  it('round-trips any text exactly (apart from the documented apostrophe) with CRLF records (reliability §8 item 3)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('주문-처리기', '😀 emoji', 'a"b', 'line\r\nbreak', '', ' ', '=1+1', '-', '＠x', '\0', 'tab\tin'),
    )
    const row = fc.tuple(text, fc.option(fc.stringMatching(/^-?\d{1,12}(\.\d{1,10})?$/)))
    fc.assert(
      fc.property(fc.array(row, { maxLength: 50 }), (rows) => {
        const writer = createCsvWriter([
          { header: 'name', kind: 'text' },
          { header: 'amount', kind: 'number' },
        ])
        const csv = writer.write(rows.slice(0, 25)) + writer.write(rows.slice(25))
        expect(csv.startsWith(`${BOM}name,amount\r\n`)).toBe(true)
        expect(csv.endsWith('\r\n')).toBe(true)
        const parsed = parseStrict(csv).slice(1)
        expect(parsed).toHaveLength(rows.length)
        parsed.forEach(([name, amount], index) => {
          const [expectedName, expectedAmount] = rows[index]!
          // The one change: an apostrophe before text whose first character after leading spaces starts a formula.
          const formulaLike = FORMULA_TRIGGERS.includes(expectedName.replace(/^[ \u00A0\u3000]+/, '')[0] ?? '')
          expect(name).toBe(formulaLike ? `'${expectedName}` : expectedName)
          expect(amount).toBe(expectedAmount ?? '')
        })
      }),
      { numRuns: 400, seed: 4180 },
    )
  })
})

/** The cells as written, before any CSV unquoting, with the enclosing quote removed. */
function rawCells(csv: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!
    if (quoted && char === '"' && csv[i + 1] === '"') {
      cell += '"'
      i++
    } else if (char === '"') quoted = !quoted
    else if (!quoted && (char === ',' || char === '\n')) {
      cells.push(cell.replace(/\r$/, ''))
      cell = ''
    } else cell += char
  }
  return cells.map((value) => value.replace(/^\uFEFF/, ''))
}
