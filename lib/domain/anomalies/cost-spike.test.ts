import { describe, expect, it } from 'vitest'
import { toDecimal } from '@/lib/domain/money'
import { costSpike, describeCostSpike, drivers } from './cost-spike'
import type { Episode } from './episodes'

const baseline = (expected: string, spread = 0) => ({ expected: toDecimal(expected), spread })

describe('costSpike thresholds', () => {
  it.each([
    // The noise floor: a day must cost at least $0.02 more than expected, even at 3× a $0.01 baseline.
    ['0.01', 0, '0.029', false],
    ['0.01', 0, '0.03', true],
    // Four robust deviations above the baseline when the series is noisy: 4 × $0.5 = $2 more.
    ['1', 0.5, '2.99', false],
    ['1', 0.5, '3', true],
    // At least twice the baseline, however quiet the series.
    ['1', 0, '1.99', false],
    ['1', 0, '2', true],
    // Nothing expected: $0.25 is worth reporting, less is not.
    ['0', 0, '0.24', false],
    ['0', 0, '0.25', true],
  ])('expected $%s (spread %s): $%s is a spike: %s', (expected, spread, actual, isSpike) => {
    expect(costSpike(toDecimal(actual), baseline(expected, spread))).toBe(isSpike)
  })
})

describe('drivers: which of volume, duration per call and memory moved by 15% or more', () => {
  const facts = {
    invocations: 1000,
    durationSumMs: 100_000,
    maxMemoryMb: 512,
    baselineInvocations: 1000,
    baselineDurationSumMs: 100_000,
    baselineMemoryMb: 512,
    flags: 1,
  }

  it('names each driver that moved, with its factor', () => {
    // 2,320 invocations over 2 flagged days against 1,000 a day: 1.16×; 232,000 ms / 2,320 = 100 ms a call: unchanged.
    expect(drivers({ ...facts, invocations: 2320, durationSumMs: 232_000, flags: 2 })).toBe('invocations 1.2×')
    expect(drivers({ ...facts, durationSumMs: 116_000 })).toBe('average duration 1.2×')
    expect(drivers({ ...facts, invocations: 3000, durationSumMs: 600_000, maxMemoryMb: 1024 })).toBe(
      'invocations 3.0×, average duration 2.0×, memory 512 → 1,024 MB',
    )
    expect(drivers({ ...facts, invocations: 500, durationSumMs: 25_000 })).toBe(
      'invocations 0.5×, average duration 0.5×',
    )
  })

  it('under 15% each is no single driver', () => {
    expect(drivers({ ...facts, invocations: 1140, durationSumMs: 1140 * 114 })).toBe(
      'no single driver (volume, duration and memory each moved less than 15%)',
    )
    expect(drivers({ ...facts, invocations: 860, durationSumMs: 860 * 86 })).toBe(
      'no single driver (volume, duration and memory each moved less than 15%)',
    )
  })

  it('without a baseline there is no factor to give', () => {
    expect(drivers({ ...facts, baselineInvocations: 0, baselineDurationSumMs: 0 })).toBe(
      'no single driver (volume, duration and memory each moved less than 15%)',
    )
    expect(drivers({ ...facts, invocations: 0, durationSumMs: 0 })).toBe('invocations 0.0×, average duration 0.0×')
  })
})

describe('describeCostSpike', () => {
  const episode: Episode = {
    kind: 'cost_spike',
    start: '2026-11-12T00:00:00.000Z',
    end: '2026-11-14T00:00:00.000Z',
    firstDay: '2026-11-12',
    lastDay: '2026-11-13',
    flags: 2,
    hourly: false,
    actualUsd: toDecimal('24.6'),
    expectedUsd: toDecimal('4.1'),
    facts: {
      invocations: 6000,
      durationSumMs: 600_000,
      maxMemoryMb: 512,
      baselineInvocations: 1000,
      baselineDurationSumMs: 100_000,
      baselineMemoryMb: 512,
    },
  }

  it('says what it cost, against what, by how much, and why; severity from the $20.50 excess at 6×', () => {
    const described = describeCostSpike('thumbnailer', episode, toDecimal('20.5'), 24.6 / 4.1, true)
    expect(described.explanation).toBe(
      'thumbnailer cost $24.60 from 12 Nov to 13 Nov 2026 against $4.10 expected from the same weekdays before (6.0×) — invocations 3.0×, $20.50 more than usual.',
    )
    expect(described.severity).toBe('high')
    expect(described.evidence).toEqual({ actualUsd: '24.6', expectedUsd: '4.1', ratio: 6, days: 2 })
  })

  it('leaves the factor out when nothing was expected, and the drivers out for a usage type', () => {
    const described = describeCostSpike(
      'APN2-Lambda-GB-Second',
      { ...episode, expectedUsd: toDecimal(0) },
      toDecimal('24.6'),
      null,
      false,
    )
    expect(described.explanation).toBe(
      'APN2-Lambda-GB-Second cost $24.60 from 12 Nov to 13 Nov 2026 against $0.00 expected from the same weekdays before, $24.60 more than usual.',
    )
    expect(described.evidence.ratio).toBeNull()
    expect(described.severity).toBe('critical')
  })

  it('rounds the ratio in the evidence to two decimals', () => {
    expect(describeCostSpike('f', episode, toDecimal('1'), 2.345678, false).evidence.ratio).toBe(2.35)
  })
})
