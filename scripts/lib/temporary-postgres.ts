// A throwaway embedded PostgreSQL for tools and tests; removed when stopped.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startOrJoinEmbeddedPostgres } from '../../lib/server/db/embedded-postgres'

export async function startTemporaryPostgres(database = 'finops') {
  const rootDir = mkdtempSync(path.join(os.tmpdir(), 'finops-pg-'))
  const server = await startOrJoinEmbeddedPostgres({ rootDir, database, unsafeFastTestMode: true })
  return {
    url: server.url,
    rootDir,
    async stop() {
      await server.stop()
      rmSync(rootDir, { recursive: true, force: true })
      // Kept outside rootDir when we run as root and the temp folder is private.
      rmSync(server.dataDir, { recursive: true, force: true })
    },
  }
}
