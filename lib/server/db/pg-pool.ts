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
    const pool = new pg.Pool({ connectionString: url, max: 4 })
    // An idle connection the server drops (a PostgreSQL restart, an administrator's terminate) is discarded and
    // the next export reconnects; without a listener its error would be thrown and end the whole process.
    pool.on('error', () => {})
    globalForPg.finopsPgPool = pool
  }
  return globalForPg.finopsPgPool
}
