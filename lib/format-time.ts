// Instants as UTC text: the same on the server and in every browser (no hydration mismatch), and the day
// boundaries AWS bills by.
import { monthAbbreviation } from '@/lib/domain/calendar'

/** "2026-11-22T07:38:12.345Z" → "22 Nov 07:38 UTC" */
export function formatUtcTime(iso: string): string {
  const date = new Date(iso)
  return `${date.getUTCDate()} ${monthAbbreviation(date.getUTCMonth() + 1)} ${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')} UTC`
}

/** Milliseconds as "42 s", "3 min 5 s", "1 h 2 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}
