import { describe, expect, it } from 'vitest'
import { toDecimal } from '@/lib/domain/money'
import { costSeverity, maxSeverity, severityAtLeast, shareSeverity } from './severity'
import type { Severity } from './types'

describe('costSeverity: money or proportion, at each threshold and just below it', () => {
  it.each<[string, number | null, Severity]>([
    // $100 is critical whatever the ratio; $10 at 10× too.
    ['100', 1.1, 'critical'],
    ['99.99', 1.1, 'high'],
    ['10', 10, 'critical'],
    ['9.99', 10, 'high'],
    ['10', 9.99, 'high'],
    // $20, or $1 at 5×, is high.
    ['20', 1.1, 'high'],
    ['19.99', 1.1, 'medium'],
    ['1', 5, 'high'],
    ['0.99', 5, 'medium'],
    ['1', 4.99, 'medium'],
    // $2, or 2×, is medium.
    ['2', 1.1, 'medium'],
    ['1.99', 1.1, 'low'],
    ['0.05', 2, 'medium'],
    ['0.05', 1.99, 'low'],
    // No expected cost (ratio null) counts as an infinite ratio: only the dollar conditions on the ratio remain.
    ['10', null, 'critical'],
    ['1', null, 'high'],
    ['0.01', null, 'medium'],
  ])('$%s at %s× is %s', (usd, ratio, expected) => {
    expect(costSeverity(toDecimal(usd), ratio)).toBe(expected)
  })
})

describe('shareSeverity: the share of requests affected', () => {
  it.each<[number, Severity]>([
    [0.5, 'critical'],
    [0.4999, 'high'],
    [0.2, 'high'],
    [0.1999, 'medium'],
    [0.05, 'medium'],
    [0.0499, 'low'],
    [0, 'low'],
  ])('%s → %s', (share, expected) => {
    expect(shareSeverity(share)).toBe(expected)
  })
})

describe('ordering severities', () => {
  it('maxSeverity is the worst one, low when none', () => {
    expect(maxSeverity('medium', 'critical', 'low')).toBe('critical')
    expect(maxSeverity('high', 'medium')).toBe('high')
    expect(maxSeverity('low', 'medium')).toBe('medium')
    expect(maxSeverity()).toBe('low')
  })

  it('severityAtLeast includes the minimum itself', () => {
    expect(severityAtLeast('high', 'high')).toBe(true)
    expect(severityAtLeast('critical', 'high')).toBe(true)
    expect(severityAtLeast('medium', 'high')).toBe(false)
    expect(severityAtLeast('low', 'low')).toBe(true)
  })
})
