// How every command (start, seed, ingest, benchmarks) reaches PostgreSQL: DATABASE_URL when it is set,
// otherwise the embedded server in FINOPS_DATA_DIR, joined if the app already runs it, started if not.
import 'server-only'
import path from 'node:path'
import { env } from '@/lib/env'
import { startOrJoinEmbeddedPostgres } from './embedded-postgres'

export type OpenDatabase = { url: string; description: string; stop(): Promise<void> }

export const EMBEDDED_DATABASE_NAME = 'finops'

export async function openDatabase(): Promise<OpenDatabase> {
  const { DATABASE_URL, FINOPS_DATA_DIR } = env()
  if (DATABASE_URL) {
    return { url: DATABASE_URL, description: `DATABASE_URL (${redact(DATABASE_URL)})`, stop: async () => {} }
  }
  const rootDir = path.resolve(FINOPS_DATA_DIR)
  const server = await startOrJoinEmbeddedPostgres({ rootDir, database: EMBEDDED_DATABASE_NAME })
  const how = server.owned ? 'started' : 'joined the running'
  return {
    url: server.url,
    description: `embedded PostgreSQL 17 (${how} server, data in ${path.join(rootDir, 'postgres')}, ${redact(server.url)})`,
    stop: () => server.stop(),
  }
}

export function redact(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}
