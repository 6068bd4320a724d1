// `npm start` builds only when the sources changed since the last build: a fingerprint of paths, sizes and
// modification times of everything that goes into `next build`.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'generated',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  'prisma/schema.prisma',
]
const STAMP = path.join('.next', 'finops-build-fingerprint')

export function buildIfNeeded(log: (line: string) => void, { force = false } = {}) {
  const fingerprint = computeFingerprint()
  if (
    !force &&
    existsSync(path.join('.next', 'BUILD_ID')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === fingerprint
  ) {
    log('Build is up to date.')
    return
  }
  log('Building the dashboard (next build)…')
  const result = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error('next build failed (see the output above).')
  writeFileSync(STAMP, fingerprint)
}

function computeFingerprint(): string {
  const hash = createHash('sha256')
  for (const input of INPUTS) visit(input, hash)
  return hash.digest('hex')
}

function visit(entry: string, hash: ReturnType<typeof createHash>) {
  if (!existsSync(entry)) return
  const stat = statSync(entry)
  if (stat.isDirectory()) {
    for (const child of readdirSync(entry).sort()) visit(path.join(entry, child), hash)
  } else {
    hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`)
  }
}
