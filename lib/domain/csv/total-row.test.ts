import { describe, expect, it } from 'vitest'
import type { CsvColumn } from './csv-writer'
import { createColumnTotals } from './total-row'

const COLUMNS: CsvColumn[] = [
  { header: 'name', kind: 'text' },
  { header: 'count', kind: 'number' },
  { header: 'cost_usd', kind: 'number' },
  { header: 'budget_usd', kind: 'number' },
  { header: 'pct', kind: 'number' },
]

describe('the total row', () => {
  it('is marked total and sums the named columns exactly, leaving the others empty', () => {
    const totals = createColumnTotals(COLUMNS, ['count', 'cost_usd', 'budget_usd'])
    totals.add(['a', 3, '0.1', null, 50])
    totals.add(['b', 4, '0.2', '1.005', 25])
    totals.add(['c', 0, '-0.0000000001', '', null])
    // 0.1 + 0.2 is 0.3 exactly (not 0.30000000000000004), and nothing is rounded.
    expect(totals.total()).toEqual(['total', null, '7', '0.2999999999', '1.005', null])
  })

  it('keeps a column empty when every cell was empty, and takes fixed cells as given', () => {
    const totals = createColumnTotals(COLUMNS, ['cost_usd', 'budget_usd'])
    totals.add(['a', 1, '2.5', null, null])
    expect(totals.total({ name: 'All functions' })).toEqual(['total', 'All functions', null, '2.5', null, null])
  })

  it('of no rows is zero nowhere: every amount empty', () => {
    expect(createColumnTotals(COLUMNS, ['cost_usd']).total()).toEqual(['total', null, null, null, null, null])
  })

  it('refuses to total a column that is not there or not a number', () => {
    expect(() => createColumnTotals(COLUMNS, ['missing'])).toThrow(/missing/)
    expect(() => createColumnTotals(COLUMNS, ['name'])).toThrow(/name/)
  })
})
