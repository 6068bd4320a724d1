// How every command (start, seed, ingest, benchmarks) reaches PostgreSQL: DATABASE_URL when it is set,
// otherwise the embedded server in FINOPS_DATA_DIR, joined if the app already runs it, started if not.
import 'server-only'
import path from 'node:path'
import { env } from '@/lib/env'
import { startOrJoinEmbeddedPostgres } from './embedded-postgres'

export type OpenDatabase = {
  url: string
  description: string
  stop(): Promise<void>
  /** What stop() did, for a last line: null when it had nothing to stop (DATABASE_URL). */
  stopOutcome: string | null
}

export const EMBEDDED_DATABASE_NAME = 'finops'

/** `ownProcessGroup`: a server this starts is out of the terminal's reach; the caller stops it last (npm start). */
export async function openDatabase(options: { ownProcessGroup?: boolean } = {}): Promise<OpenDatabase> {
  const { DATABASE_URL, FINOPS_DATA_DIR } = env()
  if (DATABASE_URL) {
    return {
      url: DATABASE_URL,
      description: `DATABASE_URL (${redact(DATABASE_URL)})`,
      stop: async () => {},
      stopOutcome: null,
    }
  }
  const rootDir = path.resolve(FINOPS_DATA_DIR)
  const server = await startOrJoinEmbeddedPostgres({
    rootDir,
    database: EMBEDDED_DATABASE_NAME,
    ownProcessGroup: options.ownProcessGroup,
  })
  const how = server.owned ? 'started' : 'joined the running'
  return {
    url: server.url,
    description: `embedded PostgreSQL 17 (${how} server, data in ${server.dataDir}, ${redact(server.url)})`,
    stop: () => server.stop(),
    stopOutcome: server.owned ? 'PostgreSQL stopped' : 'PostgreSQL keeps running for the process that started it',
  }
}

export function redact(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}
