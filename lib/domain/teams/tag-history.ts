// A function's tags change: it moves team, gets a cost-centre tag. Each change is kept with the day it took
// effect, so a cost is allocated with the tags in force on its own day and a function that moves team keeps its
// past in the old team.
import type { IsoDay } from '../calendar'

export type TagsFrom = { from: IsoDay; tags: Readonly<Record<string, string>> }

const NO_TAGS: Readonly<Record<string, string>> = Object.freeze({})

/** The tags in force on `day`: the latest entry from that day or before; none before the first. */
export function tagsOnDay(history: readonly TagsFrom[], day: IsoDay): Readonly<Record<string, string>> {
  let inForce: TagsFrom | null = null
  for (const entry of history)
    if (entry.from <= day && (inForce === null || entry.from >= inForce.from)) inForce = entry
  return inForce?.tags ?? NO_TAGS
}

/** Appends an observation to the history when the tags differ from those in force that day (same keys, values). */
export function recordTags(history: readonly TagsFrom[], observed: TagsFrom): TagsFrom[] {
  const current = tagsOnDay(history, observed.from)
  const same =
    Object.keys(current).length === Object.keys(observed.tags).length &&
    Object.entries(observed.tags).every(([key, value]) => current[key] === value)
  return same
    ? [...history]
    : [...history.filter((entry) => entry.from !== observed.from), observed].sort((a, b) => (a.from < b.from ? -1 : 1))
}
