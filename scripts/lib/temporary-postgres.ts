// A throwaway embedded PostgreSQL for tools and tests; removed when stopped.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startOrJoinEmbeddedPostgres } from '../../lib/server/db/embedded-postgres'

export async function startTemporaryPostgres(database = 'finops') {
  // Under the system temp folder, whose parents the `postgres` user can traverse when we run as root.
  const rootDir = mkdtempSync(path.join(os.tmpdir(), 'finops-pg-'))
  const server = await startOrJoinEmbeddedPostgres({ rootDir, database, unsafeFastTestMode: true })
  return {
    url: server.url,
    rootDir,
    async stop() {
      await server.stop()
      rmSync(rootDir, { recursive: true, force: true })
    },
  }
}
