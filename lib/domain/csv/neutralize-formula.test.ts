import { describe, expect, it } from 'vitest'
import { FORMULA_TRIGGERS, isFormulaLike, neutralizeFormula } from './neutralize-formula'

const NAMES: Record<string, string> = {
  '=': 'equals',
  '+': 'plus',
  '-': 'minus',
  '@': 'at',
  '\t': 'tab',
  '\r': 'carriage return',
  '\n': 'line feed',
  '\0': 'NUL',
  '\uFF1D': 'full-width equals',
  '\uFF0B': 'full-width plus',
  '\uFF0D': 'full-width minus',
  '\uFF20': 'full-width at',
}

describe('neutralizeFormula: the formula-injection policy (reliability §8 item 1)', () => {
  it('covers exactly the documented triggers', () => {
    expect(Object.keys(NAMES).sort()).toEqual([...FORMULA_TRIGGERS].sort())
  })

  describe.each(FORMULA_TRIGGERS.map((trigger) => [NAMES[trigger]!, trigger]))('%s', (_name, trigger) => {
    it('at the start of a cell gets a leading apostrophe', () => {
      expect(neutralizeFormula(`${trigger}1+1`)).toBe(`'${trigger}1+1`)
      expect(neutralizeFormula(trigger)).toBe(`'${trigger}`)
    })
    it('after leading spaces is escaped too', () => {
      expect(neutralizeFormula(` ${trigger}cmd`)).toBe(`' ${trigger}cmd`)
      expect(neutralizeFormula(`\u3000${trigger}cmd`)).toBe(`'\u3000${trigger}cmd`)
    })
    it('in the middle of a cell is left alone', () => {
      expect(neutralizeFormula(`a${trigger}b`)).toBe(`a${trigger}b`)
    })
  })

  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['@SUM(1,1)', `'@SUM(1,1)`],
    ['-1+1', `'-1+1`],
    ['orders-api', 'orders-api'],
    ['주문-처리기', '주문-처리기'],
    ['', ''],
    ['   ', '   '],
    ["'already quoted", "'already quoted"],
  ])('%j → %j', (input, output) => {
    expect(neutralizeFormula(input)).toBe(output)
    expect(isFormulaLike(input)).toBe(input !== output)
  })
})
