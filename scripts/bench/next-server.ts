// The production build served by `next start` on a benchmark's own database, reached over HTTP on loopback.
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

export type NextServer = { base: string; pid: number; stop(): Promise<void> }

/** Starts `next start` on `port` against `databaseUrl` and resolves once /api/health answers. */
export async function startNextServer(databaseUrl: string, port: number): Promise<NextServer> {
  const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  })
  const base = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(`${base}/api/health`)
  } catch (error) {
    await stop(child)
    throw error
  }
  return { base, pid: child.pid!, stop: () => stop(child) }
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
