// "HH:MM" wall-clock times as minutes after midnight. 24:00 is not a time: a period that runs to midnight stops
// at 00:00, which (being at or before its start) is the next day's midnight.
import type { ClockTime } from './schedule-definition'

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes after midnight (0 to 1439), or null when the text is not HH:MM between 00:00 and 23:59. */
export function clockMinutes(value: string): number | null {
  const match = CLOCK.exec(value)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

export function formatClock(minutes: number): ClockTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
