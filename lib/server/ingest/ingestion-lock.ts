// One ingestion at a time across every process and app instance sharing the database: a session-level
// PostgreSQL advisory lock held on a connection of its own for the whole run. If the process dies, the
// connection closes and PostgreSQL releases the lock.
import 'server-only'
import pg from 'pg'

/** Fixed key for "an ingestion is writing" (the ASCII of "FINOPSIN"). */
const INGESTION_LOCK_KEY = '5064665358511851854'

export type IngestionLock = { release(): Promise<void> }

/** Waits until no other ingestion holds the lock; `onWait` is told once if it has to. */
export async function acquireIngestionLock(
  databaseUrl: string,
  options: { onWait?: () => void } = {},
): Promise<IngestionLock> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'finops-ingestion-lock' })
  // A dropped connection (database restart) releases the lock; the run's own writes then fail and say so.
  client.on('error', () => {})
  await client.connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
      INGESTION_LOCK_KEY,
    ])
    if (!rows[0]!.locked) {
      options.onWait?.()
      await client.query('SELECT pg_advisory_lock($1::bigint)', [INGESTION_LOCK_KEY])
    }
  } catch (error) {
    await client.end().catch(() => {})
    throw error
  }
  return {
    async release() {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [INGESTION_LOCK_KEY]).catch(() => {})
      await client.end().catch(() => {})
    },
  }
}
