import { describe, expect, it } from 'vitest'
import { toDecimal } from '@/lib/domain/money'
import { type Flag, episodesOf, fingerprintOf, impactOf, mergeFacts } from './episodes'

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

  it('joins flags at most 24 hours apart, end to start, and splits beyond', () => {
    // The first flag ends at 18:00; a flag starting 24 h later joins it, one a millisecond later does not.
    const joined = episodesOf([
      flag('2026-11-16T17:00:00.000Z', 1, '1', '0'),
      flag('2026-11-17T18:00:00.000Z', 1, '2', '0'),
    ])
    expect(joined.map((e) => [e.start, e.end, e.lastDay, e.flags, e.actualUsd.toFixed()])).toEqual([
      ['2026-11-16T17:00:00.000Z', '2026-11-17T19:00:00.000Z', '2026-11-17', 2, '3'],
    ])
    const split = episodesOf([
      flag('2026-11-16T17:00:00.000Z', 1, '1', '0'),
      flag('2026-11-17T18:00:00.001Z', 1, '2', '0'),
    ])
    expect(split.map((e) => e.flags)).toEqual([1, 1])
  })

  it('sorts flags by start, marks an episode hourly when any flag is, and sums actual and expected', () => {
    const [episode, ...rest] = episodesOf([
      flag('2026-11-17T00:00:00.000Z', 24, '5', '1', { errors: 3, maxMemoryMb: 512, baselineRate: 0.2 }),
      flag('2026-11-16T17:00:00.000Z', 1, '0.5', '0.25', { errors: 2, maxMemoryMb: 1024, baselineRate: 0.1 }),
    ])
    expect(rest).toEqual([])
    expect(episode).toMatchObject({
      start: '2026-11-16T17:00:00.000Z',
      end: '2026-11-18T00:00:00.000Z',
      firstDay: '2026-11-16',
      lastDay: '2026-11-17',
      flags: 2,
      hourly: true,
    })
    expect([episode!.actualUsd.toFixed(), episode!.expectedUsd.toFixed()]).toEqual(['5.5', '1.25'])
    expect(episode!.facts).toEqual({ errors: 5, maxMemoryMb: 1024, baselineRate: 0.1 })
    expect(episodesOf([flag('2026-11-16T00:00:00.000Z', 24, '1', '0')])[0]!.hourly).toBe(false)
  })

  it('fingerprints an episode by kind, scope and first day', () => {
    expect(fingerprintOf('cost_spike', 'fn:abc', '2026-11-16')).toBe('cost_spike|fn:abc|2026-11-16')
  })

  it('adds facts up, keeps the largest max* and the first baseline*', () => {
    expect(
      mergeFacts(
        { errors: 2, maxMemoryMb: 512, baselineRate: 0.01 },
        { errors: 3, maxMemoryMb: 1536, baselineRate: 0.5 },
      ),
    ).toEqual({ errors: 5, maxMemoryMb: 1536, baselineRate: 0.01 })
  })

  it('never reports a negative impact', () => {
    expect(impactOf(episodesOf([flag('2026-11-16T00:00:00.000Z', 24, '1', '3')])[0]!).toFixed()).toBe('0')
  })
})
