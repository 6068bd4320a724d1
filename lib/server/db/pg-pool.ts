// A plain node-postgres pool for what Prisma cannot do: server-side cursors, which stream a million-row
// export in constant memory (Prisma has no streaming reads). Same DATABASE_URL as the Prisma client.
import 'server-only'
import pg from 'pg'
import { env } from '@/lib/env'

const globalForPg = globalThis as unknown as { finopsPgPool?: pg.Pool }

export function pgPool(): pg.Pool {
  if (!globalForPg.finopsPgPool) {
    const url = env().DATABASE_URL
    if (!url) throw new Error('DATABASE_URL is not set. Start the dashboard with `npm start`, which provides one.')
    // Exports are few and long; a small pool keeps them from starving the Prisma pool of connections.
    globalForPg.finopsPgPool = new pg.Pool({ connectionString: url, max: 4 })
  }
  return globalForPg.finopsPgPool
}
