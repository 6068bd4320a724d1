// Display of durations: a measured one (a function's duration) and one that passed (an ingestion run's).

/** 35 ms, 9.5 s, 1.5 min, 15 min. */
export function formatDurationMs(ms: number | null): string {
  if (ms === null) return '—'
  if (ms >= 60_000) return `${(ms / 60_000).toFixed(ms >= 600_000 ? 0 : 1)} min`
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s`
  return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`
}

/** Milliseconds as "42 s", "3 min 5 s", "1 h 2 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}
