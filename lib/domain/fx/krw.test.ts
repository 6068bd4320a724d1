import { describe, expect, it } from 'vitest'
import { formatKrw, isKrwPerUsd, krwToUsd, roundToWon, usdToKrw } from './krw'
import { roundKrwChange, splitKrwChange } from './split-krw-change'

describe('won from dollars', () => {
  it('is exact: $1,478.05 at 1,385.20 is ₩2,047,394.86 before rounding', () => {
    // 1478.05 × 1385.20 = 1478.05 × 1385 + 1478.05 × 0.2 = 2,047,099.25 + 295.61 = 2,047,394.86
    expect(usdToKrw('1478.05', '1385.20').toFixed()).toBe('2047394.86')
    expect(roundToWon('2047394.86').toFixed()).toBe('2047395')
  })

  it('rounds half away from zero, once', () => {
    expect(roundToWon('0.5').toFixed()).toBe('1')
    expect(roundToWon('-0.5').toFixed()).toBe('-1')
    expect(roundToWon('1.4999').toFixed()).toBe('1')
    // Rounding each row first would lose a won here: 0.4 + 0.4 = 0.8 → ₩1, while 0 + 0 = ₩0.
    expect(roundToWon(usdToKrw('0.0004', '1000').plus(usdToKrw('0.0004', '1000'))).toFixed()).toBe('1')
  })

  it('is shown in whole won, grouped by three, rounded once', () => {
    expect(formatKrw('2047394.86')).toBe('₩2,047,395')
    expect(formatKrw('-0.5')).toBe('-₩1')
    expect(formatKrw('-0.4')).toBe('₩0')
    expect(formatKrw('999.5')).toBe('₩1,000')
  })

  it('converts a won amount back to dollars at the rate', () => {
    // ₩13,852 at 1,385.20 is exactly $10.
    expect(krwToUsd('13852', '1385.20').toFixed()).toBe('10')
  })

  it.each([
    ['1385.20', true],
    ['1385', true],
    ['0.000001', true],
    ['0', false],
    ['-1385', false],
    ['1,385.20', false],
    ['1385.1234567', false],
    ['100000', false],
    ['1e3', false],
  ])('a rate of %s is %s', (rate, valid) => {
    expect(isKrwPerUsd(rate)).toBe(valid)
  })
})

describe('month-over-month change in won: usage and exchange rate apart', () => {
  it('a weaker won with the same dollars is all FX, no usage', () => {
    const change = splitKrwChange({
      previousUsd: '100',
      currentUsd: '100',
      previousKrwPerUsd: '1300',
      currentKrwPerUsd: '1400',
    })
    expect(change.usageKrw.toFixed()).toBe('0')
    expect(change.fxKrw.toFixed()).toBe('10000') // 100 × (1400 − 1300)
    expect(change.changeKrw.toFixed()).toBe('10000') // 140,000 − 130,000
  })

  it('more dollars at the same rate is all usage', () => {
    const change = splitKrwChange({
      previousUsd: '100',
      currentUsd: '150',
      previousKrwPerUsd: '1350',
      currentKrwPerUsd: '1350',
    })
    expect(change.usageKrw.toFixed()).toBe('67500') // 50 × 1350
    expect(change.fxKrw.toFixed()).toBe('0')
  })

  it('both at once: usage at the old rate, FX on the new dollars, summing exactly', () => {
    // prev $1,200.10 at 1,380.50 = 1,656,600 + 138.05 = ₩1,656,738.05; cur $1,478.05 at 1,385.20 = ₩2,047,394.86
    // usage = 277.95 × 1380.50 = 383,709.975; fx = 1478.05 × 4.70 = 6,946.835; sum = 390,656.81 = change
    const change = splitKrwChange({
      previousUsd: '1200.10',
      currentUsd: '1478.05',
      previousKrwPerUsd: '1380.50',
      currentKrwPerUsd: '1385.20',
    })
    expect(change.previousKrw.toFixed()).toBe('1656738.05')
    expect(change.currentKrw.toFixed()).toBe('2047394.86')
    expect(change.usageKrw.toFixed()).toBe('383709.975')
    expect(change.fxKrw.toFixed()).toBe('6946.835')
    expect(change.changeKrw.toFixed()).toBe('390656.81')
    expect(change.usageKrw.plus(change.fxKrw).toFixed()).toBe(change.changeKrw.toFixed())
  })

  it('rounded, the parts still add up to the change shown between the rounded totals', () => {
    const rounded = roundKrwChange(
      splitKrwChange({
        previousUsd: '1200.10',
        currentUsd: '1478.05',
        previousKrwPerUsd: '1380.50',
        currentKrwPerUsd: '1385.20',
      }),
    )
    // ₩1,656,738 → ₩2,047,395: change ₩390,657; usage ₩383,710; FX takes the remainder ₩6,947
    expect(rounded.previousKrw.toFixed()).toBe('1656738')
    expect(rounded.currentKrw.toFixed()).toBe('2047395')
    expect(rounded.changeKrw.toFixed()).toBe('390657')
    expect(rounded.usageKrw.toFixed()).toBe('383710')
    expect(rounded.fxKrw.toFixed()).toBe('6947')
  })
})
