import { describe, expect, it } from 'vitest'
import { toDecimal } from '@/lib/domain/money'
import { type Flag, episodesOf, impactOf, mergeFacts } from './episodes'

const flag = (start: string, hours: number, actual: string, expected: string, facts = {}): Flag => ({
  kind: 'timeout_amplification',
  start,
  end: new Date(Date.parse(start) + hours * 3_600_000).toISOString(),
  day: start.slice(0, 10),
  hourly: hours === 1,
  actualUsd: toDecimal(actual),
  expectedUsd: toDecimal(expected),
  facts,
})

describe('episodes', () => {
  it('joins a nightly job failing at 17:00 every night into one episode, and splits after a clean day', () => {
    const episodes = episodesOf([
      flag('2026-11-16T17:00:00.000Z', 1, '0.40', '0.10'),
      flag('2026-11-17T17:00:00.000Z', 1, '0.42', '0.10'),
      flag('2026-11-20T17:00:00.000Z', 1, '0.41', '0.10'),
    ])
    expect(episodes.map((e) => [e.start, e.end, e.flags])).toEqual([
      ['2026-11-16T17:00:00.000Z', '2026-11-17T18:00:00.000Z', 2],
      ['2026-11-20T17:00:00.000Z', '2026-11-20T18:00:00.000Z', 1],
    ])
    expect(impactOf(episodes[0]!).toFixed()).toBe('0.62')
  })

  it('adds facts up, keeps the largest max* and the first baseline*', () => {
    expect(mergeFacts({ errors: 2, maxMemoryMb: 512, baselineRate: 0.01 }, { errors: 3, maxMemoryMb: 1536, baselineRate: 0.5 })).toEqual({ errors: 5, maxMemoryMb: 1536, baselineRate: 0.01 })
  })

  it('never reports a negative impact', () => {
    expect(impactOf(episodesOf([flag('2026-11-16T00:00:00.000Z', 24, '1', '3')])[0]!).toFixed()).toBe('0')
  })
})
