// The production build served by `next start` on a benchmark's own database, reached over HTTP on loopback, and
// the headers of an API token that signs each measured request in (every route but /api/health needs one).
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import type { Role } from '@/lib/domain/access/permissions'
import { CLI_ACTOR } from '@/lib/server/audit/record-audit'
import { createApiToken } from '@/lib/server/auth/api-tokens'
import { createPrismaClient } from '@/lib/server/db/prisma'

export type NextServer = { base: string; pid: number; headers: { authorization: string }; stop(): Promise<void> }

/** Starts `next start` on `port` against `databaseUrl` and resolves once /api/health answers, with a token of `role`. */
export async function startNextServer(databaseUrl: string, port: number, role: Role = 'viewer'): Promise<NextServer> {
  const headers = await benchToken(databaseUrl, role)
  const child = spawn(
    process.execPath,
    [
      path.join('node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '--port',
      String(port),
      '--hostname',
      '127.0.0.1',
    ],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  )
  const base = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(`${base}/api/health`)
  } catch (error) {
    await stop(child)
    throw error
  }
  return { base, pid: child.pid!, headers, stop: () => stop(child) }
}

/** The Authorization header of a new API token of `role` in the benchmark's database. */
export async function benchToken(databaseUrl: string, role: Role): Promise<{ authorization: string }> {
  const db = createPrismaClient(databaseUrl)
  try {
    const { token } = await createApiToken(db, { name: `benchmark ${role}`, role, createdBy: CLI_ACTOR.label })
    return { authorization: `Bearer ${token}` }
  } finally {
    await db.$disconnect()
  }
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

async function waitForHealth(url: string) {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // still starting
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not come up`)
}
