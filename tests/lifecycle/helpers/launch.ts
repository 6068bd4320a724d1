// Starting `npm start` (or the launcher under another runner) as a user would, and looking at what it left.
import { type ChildProcess, type SpawnOptions, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export type Launched = {
  process: ChildProcess
  port: number
  output(): string
  lastLine(): string
  /** Exit code, or the signal's name. */
  exited: Promise<number | string>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Another account on this machine, as a person logged in as it would be: its own home, no npm settings of ours. */
export type User = { name: string; uid: number; gid: number; home: string }

export function userNamed(name: string, home: string): User {
  const id = (flag: string) => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim())
  return { name, uid: id('-u'), gid: id('-g'), home }
}

/**
 * Runs `command` in its own process group (as a terminal would, so a group signal is a Ctrl-C), as `user` when
 * given. Resolves once `ready` appears in the output, or when it exits.
 */
export async function launch(
  command: string[],
  options: { env: Record<string, string>; port: number; cwd?: string; ready?: string; user?: User; timeoutMs?: number },
): Promise<Launched> {
  let output = ''
  const { user } = options
  // Not the test runner's own variables: vitest's and vite's, and the IPC channel of this worker process, which a
  // node program started from here would otherwise try to open as its own (a nested vitest then finds no tests).
  const runner = (name: string) =>
    /^(VITEST|NODE_CHANNEL_)/.test(name) ||
    ['TEST', 'MODE', 'DEV', 'PROD', 'BASE_URL', 'SSR', 'FORCE_TTY', 'NODE_ENV'].includes(name)
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !runner(name)))
  const env: Record<string, string | undefined> = {
    ...inherited,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    ...options.env,
  }
  if (user) {
    // npm passes its settings to scripts as npm_* variables (our cache, our prefix): another user has their own.
    for (const key of Object.keys(env).filter((name) => name.startsWith('npm_'))) delete env[key]
    // npm's own notice of a newer npm, printed at exit to a user who never ran npm before, is not the app's.
    Object.assign(env, { HOME: user.home, USER: user.name, LOGNAME: user.name, npm_config_update_notifier: 'false' })
  }
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  }
  if (user) Object.assign(spawnOptions, { uid: user.uid, gid: user.gid })
  const child: ChildProcess = spawn(command[0]!, command.slice(1), spawnOptions)
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  let ended = false
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(((ended = true), code ?? signal ?? -1))),
  )
  const launched: Launched = {
    process: child,
    port: options.port,
    output: () => output,
    lastLine: () => output.trimEnd().split('\n').at(-1) ?? '',
    exited,
  }
  const ready = options.ready ?? '[finops] Dashboard:'
  try {
    await waitFor(
      () => ended || output.includes(ready),
      options.timeoutMs ?? 180_000,
      () => `${command.join(' ')} did not come up:\n${output}`,
    )
  } catch (error) {
    // Leave nothing running behind a failed test: a Ctrl-C, then SIGKILL if that does not end it.
    process.kill(-child.pid!, 'SIGINT')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))])
    if (!ended) process.kill(-child.pid!, 'SIGKILL')
    throw error
  }
  return launched
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, message: () => string) {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    if (await condition()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(message())
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Every process below `pid`, with its command line. */
export function descendants(pid: number): { pid: number; args: string }[] {
  const table = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line)!)
    .map(([, child, parent, args]) => ({ pid: Number(child), ppid: Number(parent), args: args! }))
  const found: { pid: number; args: string }[] = []
  const visit = (parent: number) => {
    for (const row of table.filter((candidate) => candidate.ppid === parent)) {
      found.push({ pid: row.pid, args: row.args })
      visit(row.pid)
    }
  }
  visit(pid)
  return found
}

/** The launcher's processes, found by their command lines. */
export function appProcesses(root: number): { launcher: number; next: number; worker: number } {
  const all = descendants(root)
  const find = (what: string, test: (args: string) => boolean) => {
    const match = all.find((row) => test(row.args))
    if (!match) throw new Error(`no ${what} among:\n${all.map((row) => `${row.pid} ${row.args}`).join('\n')}`)
    return match.pid
  }
  return {
    launcher: find(
      'launcher',
      (args) => args.includes('scripts/start.ts') && !args.includes('/tsx ') && !args.startsWith('sh '),
    ),
    next: find('next server', (args) => /next(-server| start)/.test(args)),
    worker: find('worker', (args) => args.includes('scripts/worker.ts')),
  }
}

export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'postmaster.pid')
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null
}

export async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => resolve((socket.destroy(), true)))
    socket.once('error', () => resolve(false))
  })
}
