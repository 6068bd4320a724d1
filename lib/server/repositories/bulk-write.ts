// Set-based writes: one INSERT … SELECT FROM unnest(arrays) per batch instead of row-by-row ORM calls
// (measured here: ~155k rows/s against ~10k rows/s for createMany). Column names and types are code,
// never input, so building the statement text is safe; the values travel as bound array parameters.
import 'server-only'
import type { Db } from '@/lib/server/db/prisma'

export type SqlExecutor = Pick<Db, '$executeRawUnsafe'>

export type ColumnType =
  'text' | 'date' | 'timestamptz' | 'int4' | 'int8' | 'float8' | 'numeric' | 'bool' | 'uuid' | 'jsonb'

export type Column<Row> = { name: string; type: ColumnType; value: (row: Row) => unknown }

const BATCH_SIZE = 5_000

/** `where` may filter the incoming rows, referring to them as `n.<column>`. */
export async function bulkInsert<Row>(
  db: SqlExecutor,
  table: string,
  columns: Column<Row>[],
  rows: readonly Row[],
  onConflict = '',
  where = '',
): Promise<number> {
  let written = 0
  const names = columns.map((column) => `"${column.name}"`).join(', ')
  const unnest = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ')
  const filter = where ? `WHERE ${where}` : ''
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${unnest}) AS n(${names}) ${filter} ${onConflict}`
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE)
    const arrays = columns.map((column) => batch.map((row) => column.value(row) ?? null))
    written += await db.$executeRawUnsafe(sql, ...arrays)
  }
  return written
}

/** `ON CONFLICT (key…) DO UPDATE SET` every non-key column to the incoming value. */
export function upsertOn<Row>(key: string[], columns: Column<Row>[], extra: string[] = []): string {
  const updates = columns
    .filter((column) => !key.includes(column.name))
    .map((column) => `"${column.name}" = EXCLUDED."${column.name}"`)
    .concat(extra)
  return `ON CONFLICT (${key.map((k) => `"${k}"`).join(', ')}) DO UPDATE SET ${updates.join(', ')}`
}
