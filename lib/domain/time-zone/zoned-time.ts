// Wall-clock times in an IANA time zone and the instants they name. Instants are epoch milliseconds.
//
// The daylight-saving rule: an action happens at the first instant at which the local clock shows its time or
// has passed it.
// - A time that does not exist (skipped when clocks spring forward, 02:30 in New York on 2026-03-08) happens at
//   the instant the clocks jump: 03:00 local, the new offset.
// - A time that happens twice (the repeated hour when clocks fall back, 01:30 in New York on 2026-11-01) happens
//   the first time, on summer time: a stop at 01:30 stops at 01:30-04:00, not an hour later.
import { tzOffset } from '@date-fns/tz'
import type { IsoDay } from '../calendar'

const MINUTE = 60_000
const DAY = 86_400_000
/** The shape of an IANA zone name ("Asia/Seoul", "UTC", "Etc/GMT-9"); rules out offsets such as "+09:00". */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/

/** Whether the runtime's time-zone database (Intl) knows this IANA zone name. */
export function isTimeZone(value: string): boolean {
  if (!ZONE_NAME.test(value)) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

function offsetMs(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant)) * MINUTE
}

/** The instant at which the local clock in `timeZone` first shows (or passes) `minutes` after midnight on `day`. */
export function zonedInstant(day: IsoDay, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * MINUTE
  // Offsets a day either side bracket any transition near this wall time (zones change offset at most once a day).
  const before = offsetMs(timeZone, wall - DAY)
  const after = offsetMs(timeZone, wall + DAY)
  const matching = [wall - before, wall - after].filter((instant) => instant + offsetMs(timeZone, instant) === wall)
  if (matching.length > 0) return Math.min(...matching) // two in the repeated hour: the first
  // Skipped by a spring-forward jump: find the jump, between the wall time read in the old and in the new offset.
  let [lastBefore, firstAfter] = [wall - after, wall - before]
  while (firstAfter - lastBefore > 1) {
    const middle = Math.floor((lastBefore + firstAfter) / 2)
    if (offsetMs(timeZone, middle) === before) lastBefore = middle
    else firstAfter = middle
  }
  return firstAfter
}

/** The local calendar day of an instant in `timeZone`. */
export function localDay(instant: number, timeZone: string): IsoDay {
  return zonedIso(instant, timeZone).slice(0, 10)
}

/** Minutes after local midnight of an instant in `timeZone`. */
export function localMinutes(instant: number, timeZone: string): number {
  const local = instant + offsetMs(timeZone, instant)
  return Math.floor((((local % DAY) + DAY) % DAY) / MINUTE)
}

/** ISO 8601 with the zone's offset at that instant: "2026-12-22T09:30:00+09:00". */
export function zonedIso(instant: number, timeZone: string): string {
  const offsetMinutes = Math.round(offsetMs(timeZone, instant) / MINUTE)
  const local = new Date(instant + offsetMinutes * MINUTE).toISOString().slice(0, 19)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0')
  return `${local}${sign}${hours}:${String(Math.abs(offsetMinutes) % 60).padStart(2, '0')}`
}
