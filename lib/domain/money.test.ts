import { describe, expect, it } from 'vitest'
import { formatUsd, roundToCents, sum, toAmountString, toDecimal } from './money'

describe('money', () => {
  it('adds decimal strings exactly where binary floats drift (0.1 + 0.2 is 0.30000000000000004 in floats)', () => {
    expect(sum(['0.1', '0.2']).toString()).toBe('0.3')
    // Measured numbers enter by their shortest decimal form, not their binary expansion.
    expect(sum([0.1, 0.2]).toString()).toBe('0.3')
    expect(sum(['40.3543773134', '0.0000000001', '-40.3543773135']).isZero()).toBe(true)
  })

  it.each([
    ['2.335', '2.34'],
    ['2.334999', '2.33'],
    ['-2.335', '-2.34'],
    ['0.005', '0.01'],
    ['11.52', '11.52'],
  ])('rounds %s to cents, half away from zero: %s', (input, expected) => {
    expect(roundToCents(input).toFixed(2)).toBe(expected)
  })

  it.each([
    ['1234.565', '$1,234.57'],
    ['-0.4', '-$0.40'],
    ['0', '$0.00'],
    ['-0.001', '$0.00'],
    ['1000000', '$1,000,000.00'],
  ])('formats %s as %s', (input, expected) => {
    expect(formatUsd(input)).toBe(expected)
  })

  it('writes amounts without exponents or float noise', () => {
    expect(toAmountString('0.0000000309')).toBe('0.0000000309')
    expect(toAmountString(toDecimal('1e-10'))).toBe('0.0000000001')
    expect(toAmountString('12.3400')).toBe('12.34')
    expect(toAmountString('0.000')).toBe('0')
  })

  it('refuses non-finite numbers', () => {
    expect(() => toDecimal(Number.NaN)).toThrow(RangeError)
    expect(() => toDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
