import { describe, expect, it } from 'vitest'
import { Decimal } from '../money'
import { formatPrice, formatQuantity } from './format-formula'

describe('formula formatting', () => {
  it.each([
    [43_200, '43,200'],
    [0, '0'],
    [0.5, '0.5'],
    [1320.38476, '1,320.3848'],
    [-1234.5, '-1,234.5'],
    [0.000578, '0.000578'],
    [1.23e-9, '0.00000000123'],
    [6e15, '6,000,000,000,000,000'],
    [new Decimal('6000000000'), '6,000,000,000'],
    [new Decimal('0.12345678'), '0.1235'],
    ['531.83098399448', '531.831'],
    [new Decimal(0), '0'],
  ])('shows %s as %s', (value, shown) => {
    expect(formatQuantity(value)).toBe(shown)
  })

  it('keeps every digit of a price', () => {
    expect(formatPrice(new Decimal('0.0000166667'))).toBe('$0.0000166667')
  })
})
