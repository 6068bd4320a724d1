import type { HealthResponse } from '@/lib/schemas/health'
import type { Db } from '@/lib/server/db/prisma'

export async function checkHealth(getDb: () => Db, now = () => new Date()): Promise<HealthResponse> {
  const started = performance.now()
  try {
    await getDb().$queryRaw`SELECT 1`
    return { status: 'ok', database: { status: 'up', latencyMs: Math.round(performance.now() - started) }, checkedAt: now().toISOString() }
  } catch (error) {
    const lines = error instanceof Error ? error.message.split('\n').map((line) => line.trim()).filter(Boolean) : []
    const message = lines.at(-1) ?? (error instanceof Error ? error.name : 'unknown error')
    return { status: 'unavailable', database: { status: 'down', message }, checkedAt: now().toISOString() }
  }
}
