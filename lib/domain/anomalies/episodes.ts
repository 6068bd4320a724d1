// Flagged hours or days of one kind become episodes: runs of flags no more than a day apart (a nightly job
// that fails every night is one incident, not seven). Facts add up across an episode, except `max*` facts
// (the largest) and `baseline*` facts (as they stood when the episode began).
import type { IsoDay } from '@/lib/domain/calendar'
import { type Decimal, ZERO } from '@/lib/domain/money'
import type { AnomalyKind } from './types'

export type Facts = Record<string, number>

export type Flag = {
  kind: AnomalyKind
  start: string
  end: string
  day: IsoDay
  hourly: boolean
  actualUsd: Decimal
  expectedUsd: Decimal
  facts: Facts
}

export type Episode = {
  kind: AnomalyKind
  start: string
  end: string
  firstDay: IsoDay
  lastDay: IsoDay
  flags: number
  hourly: boolean
  actualUsd: Decimal
  expectedUsd: Decimal
  facts: Facts
}

const MAX_GAP_MS = 24 * 3_600_000

export function mergeFacts(into: Facts, next: Facts): Facts {
  const merged = { ...into }
  for (const [key, value] of Object.entries(next)) {
    const current = merged[key]
    if (current === undefined) merged[key] = value
    else if (key.startsWith('max')) merged[key] = Math.max(current, value)
    else if (!key.startsWith('baseline')) merged[key] = current + value
  }
  return merged
}

/** Episodes of one kind from its flags, in time order. */
export function episodesOf(flags: readonly Flag[]): Episode[] {
  const episodes: Episode[] = []
  for (const flag of [...flags].sort((a, b) => a.start.localeCompare(b.start))) {
    const last = episodes.at(-1)
    if (last && Date.parse(flag.start) - Date.parse(last.end) <= MAX_GAP_MS) {
      last.end = flag.end
      last.lastDay = flag.day
      last.flags += 1
      last.hourly ||= flag.hourly
      last.actualUsd = last.actualUsd.plus(flag.actualUsd)
      last.expectedUsd = last.expectedUsd.plus(flag.expectedUsd)
      last.facts = mergeFacts(last.facts, flag.facts)
    } else {
      episodes.push({
        kind: flag.kind,
        start: flag.start,
        end: flag.end,
        firstDay: flag.day,
        lastDay: flag.day,
        flags: 1,
        hourly: flag.hourly,
        actualUsd: flag.actualUsd,
        expectedUsd: flag.expectedUsd,
        facts: { ...flag.facts },
      })
    }
  }
  return episodes
}

export function impactOf(episode: Episode): Decimal {
  const impact = episode.actualUsd.minus(episode.expectedUsd)
  return impact.isNegative() ? ZERO : impact
}

export function fingerprintOf(kind: string, scope: string, firstDay: IsoDay): string {
  return `${kind}|${scope}|${firstDay}`
}
