// A run whose process died (killed, machine lost) stays `running` with a heartbeat that stopped. These are
// marked failed; the windows they had not committed keep their previous data, so running again is safe.
import 'server-only'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'

export const STALE_AFTER_MS = 2 * 60_000

export async function sweepStaleRuns(
  db: Db,
  options: { staleAfterMs?: number; exceptRunId?: string; now?: Date } = {},
): Promise<string[]> {
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS
  // Heartbeats are written with the server's clock, so they are judged by it too (not PostgreSQL's now()).
  const now = options.now ?? clock.now()
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE ingestion_run SET status = 'failed', finished_at = ${now},
      error = 'The process running this ingestion stopped (no heartbeat since ' || to_char(coalesce(heartbeat_at, started_at, created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') ||
              ' UTC). Months it had not finished keep their previous data; run it again.'
    WHERE status = 'running' AND id IS DISTINCT FROM ${options.exceptRunId ?? null}::uuid
      AND coalesce(heartbeat_at, started_at, created_at) < ${now}::timestamptz - make_interval(secs => ${staleAfterMs / 1000})
    RETURNING id`
  return rows.map((row) => row.id)
}
