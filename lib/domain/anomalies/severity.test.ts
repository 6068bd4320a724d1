import { describe, expect, it } from 'vitest'
import { toDecimal } from '@/lib/domain/money'
import { costSeverity, failureSeverity, maxSeverity, riskSeverity, severityAtLeast } from './severity'
import { severityLabel } from './severity-labels'
import { SEVERITIES, type Severity } from './types'

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
  ])('measured extra cost $%s at %s× the usual is %s', (usd, ratio, expected) => {
    expect(costSeverity(toDecimal(usd), ratio)).toBe(expected)
  })
})

describe('what has not cost money is medium at most', () => {
  it.each<[number, string, Severity]>([
    // The demo's webhook error spike: a third of requests failed, costing a cent. Medium, not high.
    [0.34, '0.01', 'medium'],
    [1, '0', 'medium'],
    [0.05, '0', 'medium'],
    [0.0499, '0', 'low'],
    [0.0499, '2', 'medium'],
    [0.0499, '1.99', 'low'],
    [0.5, '19.99', 'medium'],
    [0.5, '20', 'high'],
    [0.01, '99.99', 'high'],
    [0.01, '100', 'critical'],
  ])(
    'failures of %s of requests costing $%s extra are %s (no ratio: nothing was expected to fail)',
    (share, usd, expected) => {
      expect(failureSeverity(share, toDecimal(usd))).toBe(expected)
    },
  )

  it.each<[string, Severity]>([
    ['1024.13', 'medium'],
    ['50', 'medium'],
    ['49.99', 'low'],
    ['0', 'low'],
  ])(
    'a configuration risk with a worst case $%s a month above its recent cost is %s: it has cost nothing yet',
    (usd, expected) => {
      expect(riskSeverity(toDecimal(usd))).toBe(expected)
    },
  )
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

describe('how severities read', () => {
  it('in one casing everywhere', () => {
    expect(SEVERITIES.map(severityLabel)).toEqual(['Low', 'Medium', 'High', 'Critical'])
  })
})
