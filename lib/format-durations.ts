// Display of durations and instants for the function and anomaly pages (UTC, as AWS bills).
import { monthAbbreviation } from '@/lib/domain/calendar'

/** 35 ms, 9.5 s, 1.5 min, 15 min. */
export function formatDurationMs(ms: number | null): string {
  if (ms === null) return '—'
  if (ms >= 60_000) return `${(ms / 60_000).toFixed(ms >= 600_000 ? 0 : 1)} min`
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s`
  return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`
}

/** "16 Nov 17:00" for an ISO hour (UTC). */
export function formatHour(iso: string): string {
  const date = new Date(iso)
  return `${date.getUTCDate()} ${monthAbbreviation(date.getUTCMonth() + 1)} ${String(date.getUTCHours()).padStart(2, '0')}:00`
}

/** "16 Nov" for a day, short for chart axes. */
export function formatShortDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${monthAbbreviation(day.slice(5, 7))}`
}
