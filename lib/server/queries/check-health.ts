import 'server-only'
import type { HealthResponse } from '@/lib/schemas/health'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'

// Anyone who reaches the port may ask (load balancers, sign-in pages later): the answer says whether the
// database is up, never where it is. Driver errors name the host and port ("connect ECONNREFUSED 10.0.3.7:5432"),
// so the cause goes to the server log only.
export const DATABASE_DOWN_MESSAGE = 'The database does not answer; the server log says why.'

export async function checkHealth(getDb: () => Db, now = clock.now): Promise<HealthResponse> {
  const started = performance.now()
  try {
    await getDb().$queryRaw`SELECT 1`
    return {
      status: 'ok',
      database: { status: 'up', latencyMs: Math.round(performance.now() - started) },
      checkedAt: now().toISOString(),
    }
  } catch (error) {
    const lines =
      error instanceof Error
        ? error.message
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
        : []
    console.error(`[health] database down: ${lines.at(-1) ?? (error instanceof Error ? error.name : String(error))}`)
    return {
      status: 'unavailable',
      database: { status: 'down', message: DATABASE_DOWN_MESSAGE },
      checkedAt: now().toISOString(),
    }
  }
}
