// Recomputes the derived keep-warm days (pings split from real traffic, priced) for a window, and the budget
// suggestions for schedule-looking functions without a budget. Idempotent: the window's rows are replaced.
import 'server-only'
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'
import { KEEP_WARM_REFERENCE_DAYS, analyseKeepWarm } from '@/lib/domain/keep-warm/analyse-keep-warm'
import type { KeepWarmDay } from '@/lib/domain/keep-warm/keep-warm-days'
import { bulkInsert, upsertOn } from '@/lib/server/repositories/bulk-write'
import {
  type Executor,
  chunks,
  functionIdsIn,
  hourlyCoverageFrom,
  loadFunctionHistories,
} from '@/lib/server/stored/function-histories'

type DayRow = KeepWarmDay & { functionId: number; scheduleSource: string }
type SuggestionRow = {
  functionId: number
  intervalMinutes: number
  concurrency: number
  pingsPerHour: number
  pingDurationMs: number | null
  hoursMatching: number
  hoursObserved: number
  source: string
}

const CHUNK = 200

export async function rebuildKeepWarm(
  db: Executor,
  window: { from: IsoDay; to: IsoDay; functionIds?: number[] },
): Promise<{ keepWarmRows: number; suggestions: number }> {
  const ids = await functionIdsIn(db, window.functionIds)
  const hourlyFrom = await hourlyCoverageFrom(db)
  let keepWarmRows = 0
  let suggestions = 0
  for (const slice of chunks(ids, CHUNK)) {
    const histories = await loadFunctionHistories(db, slice, {
      from: addDaysTo(window.from, -KEEP_WARM_REFERENCE_DAYS),
      to: window.to,
      hourlyFrom,
    })
    const days: DayRow[] = []
    const suggested: SuggestionRow[] = []
    for (const history of histories) {
      const functionId = Number(history.key)
      const analysis = analyseKeepWarm(history, { from: window.from, to: window.to, hourlyFrom })
      for (const day of analysis.days) days.push({ ...day, functionId, scheduleSource: analysis.scheduleSource! })
      if (analysis.suggestion) suggested.push({ functionId, ...analysis.suggestion })
    }
    await db.$executeRawUnsafe(
      'DELETE FROM keep_warm_daily WHERE function_id = ANY($1::int4[]) AND day BETWEEN $2::date AND $3::date',
      slice,
      window.from,
      window.to,
    )
    keepWarmRows += await bulkInsert(db, 'keep_warm_daily', dayColumns, days)
    // Suggestions describe the latest data, so they are refreshed only by a window that reaches it.
    if (hourlyFrom && window.to >= hourlyFrom) {
      await db.$executeRawUnsafe(
        'DELETE FROM keep_warm_suggestion WHERE function_id = ANY($1::int4[]) AND NOT (function_id = ANY($2::int4[]))',
        slice,
        suggested.map((s) => s.functionId),
      )
      suggestions += await bulkInsert(
        db,
        'keep_warm_suggestion',
        suggestionColumns,
        suggested,
        upsertOn(['function_id'], suggestionColumns, ['"detected_at" = now()']),
      )
    }
  }
  return { keepWarmRows, suggestions }
}

const dayColumns = [
  { name: 'function_id', type: 'int4' as const, value: (r: DayRow) => r.functionId },
  { name: 'day', type: 'date' as const, value: (r: DayRow) => r.day },
  { name: 'scheduled_pings', type: 'int4' as const, value: (r: DayRow) => r.scheduledPings },
  { name: 'ping_attempts', type: 'float8' as const, value: (r: DayRow) => r.pingAttempts },
  { name: 'failed_ping_attempts', type: 'float8' as const, value: (r: DayRow) => r.failedPingAttempts },
  { name: 'real_invocations', type: 'float8' as const, value: (r: DayRow) => r.realInvocations },
  { name: 'ping_duration_ms', type: 'float8' as const, value: (r: DayRow) => r.pingDurationMs },
  { name: 'ping_duration_noise_ms', type: 'float8' as const, value: (r: DayRow) => r.pingDurationNoiseMs },
  { name: 'duration_source', type: 'text' as const, value: (r: DayRow) => r.durationSource },
  {
    name: 'ping_gb_seconds',
    type: 'numeric' as const,
    value: (r: DayRow) => r.pingGbSeconds.toDecimalPlaces(6).toFixed(),
  },
  {
    name: 'ping_cost_usd',
    type: 'numeric' as const,
    value: (r: DayRow) => r.pingCostUsd.toDecimalPlaces(10).toFixed(),
  },
  { name: 'schedule_source', type: 'text' as const, value: (r: DayRow) => r.scheduleSource },
]

const suggestionColumns = [
  { name: 'function_id', type: 'int4' as const, value: (r: SuggestionRow) => r.functionId },
  { name: 'interval_minutes', type: 'int4' as const, value: (r: SuggestionRow) => r.intervalMinutes },
  { name: 'concurrency', type: 'int4' as const, value: (r: SuggestionRow) => r.concurrency },
  { name: 'pings_per_hour', type: 'int4' as const, value: (r: SuggestionRow) => r.pingsPerHour },
  { name: 'ping_duration_ms', type: 'int4' as const, value: (r: SuggestionRow) => r.pingDurationMs },
  { name: 'hours_matching', type: 'int4' as const, value: (r: SuggestionRow) => r.hoursMatching },
  { name: 'hours_observed', type: 'int4' as const, value: (r: SuggestionRow) => r.hoursObserved },
  { name: 'source', type: 'text' as const, value: (r: SuggestionRow) => r.source },
]
