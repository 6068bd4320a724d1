// Streams a query's rows in batches through a server-side cursor (DECLARE … FETCH n), inside one read-only
// repeatable-read transaction so every batch comes from the same snapshot. Memory holds one batch; stopping
// early (a client that went away) closes the cursor and returns the connection.
import 'server-only'
import type pg from 'pg'
import type { SqlQuery } from '@/lib/server/queries/cost-rows-sql'

export const DEFAULT_BATCH_SIZE = 5000

export async function* streamRows<Row>(
  pool: pg.Pool,
  sql: SqlQuery,
  options: { batchSize?: number; signal?: AbortSignal; rowMode?: 'array' } = {},
): AsyncGenerator<Row[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  const client = await pool.connect()
  let failure: Error | undefined
  let open = false
  let ahead: Promise<unknown> | undefined
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    open = true
    await client.query({ text: `DECLARE export_rows NO SCROLL CURSOR FOR ${sql.text}`, values: sql.values })
    const fetch = () =>
      client.query({
        text: `FETCH FORWARD ${batchSize} FROM export_rows`,
        ...(options.rowMode ? { rowMode: options.rowMode } : {}),
      })
    // One batch ahead: PostgreSQL prepares the next batch while this one is formatted and sent.
    let next = (ahead = fetch())
    for (;;) {
      options.signal?.throwIfAborted()
      const result = await next
      ahead = undefined
      const more = result.rows.length === batchSize
      if (more) next = ahead = fetch()
      if (result.rows.length > 0) yield result.rows as Row[]
      if (!more) break
    }
    await client.query('COMMIT')
    open = false
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error))
    throw error
  } finally {
    // A batch fetched ahead and not wanted any more must finish before the transaction ends.
    if (ahead) await ahead.catch((error: Error) => (failure ??= error))
    if (open) await client.query('ROLLBACK').catch((error: Error) => (failure ??= error))
    // A connection that failed mid-transaction is discarded rather than returned to the pool.
    client.release(failure && !isAbort(failure) ? failure : undefined)
  }
}

function isAbort(error: Error): boolean {
  return error.name === 'AbortError'
}
