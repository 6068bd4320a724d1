// The key that seals secrets at rest: FINOPS_SECRET_KEY when set (real deployments: a database elsewhere or
// several servers need one key they all share), otherwise 32 random bytes generated once into the data
// directory beside the embedded database's password (mode 0600). Problems are SecretKeyError with a sentence
// that says what to do; callers report them and carry on, so a bad key never keeps the server from starting.
import 'server-only'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { env } from '@/lib/env'

export const SECRET_KEY_FILE = 'secret-key'

export class SecretKeyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SecretKeyError'
  }
}

/** 32 bytes from base64 (standard or URL-safe) or 64 hex digits; null when the text is neither. */
export function decodeSecretKey(text: string): Buffer | null {
  const trimmed = text.trim()
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex')
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) return null
  const key = Buffer.from(trimmed, 'base64')
  return key.length === 32 ? key : null
}

export function resolveSecretKey(options: {
  configured?: string
  dataDir: string
  log?: (line: string) => void
}): Buffer {
  if (options.configured) {
    const key = decodeSecretKey(options.configured)
    if (!key)
      throw new SecretKeyError(
        'FINOPS_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32) or 64 hex digits.',
      )
    return key
  }
  const file = path.resolve(options.dataDir, SECRET_KEY_FILE)
  const cannotCreate = (error: unknown) =>
    new SecretKeyError(
      `Cannot create the secret key ${file}: ${(error as Error).message}. Set FINOPS_SECRET_KEY, or make the data directory writable.`,
      { cause: error },
    )
  try {
    mkdirSync(path.dirname(file), { recursive: true })
  } catch (error) {
    throw cannotCreate(error)
  }
  try {
    // 'wx': of two processes starting at once, one creates the key and the other reads it.
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' })
    options.log?.(
      `Generated the key that encrypts webhook URLs: ${file} (keep it with the data directory, or set FINOPS_SECRET_KEY).`,
    )
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw cannotCreate(error)
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new SecretKeyError(
      `Cannot read the secret key ${file}: ${(error as Error).message}. Set FINOPS_SECRET_KEY, or make the file readable.`,
      { cause: error },
    )
  }
  const key = decodeSecretKey(text)
  if (!key)
    throw new SecretKeyError(
      `${file} does not hold a secret key (32 bytes in base64). Restore it from a backup, or set FINOPS_SECRET_KEY.`,
    )
  return key
}

let cached: Buffer | undefined

/** This process's key (resolved once; a failure is thrown again on every call, so it can be fixed and retried by a restart). */
export function secretKey(log?: (line: string) => void): Buffer {
  if (!cached) {
    const { FINOPS_SECRET_KEY, FINOPS_DATA_DIR } = env()
    cached = resolveSecretKey({ configured: FINOPS_SECRET_KEY, dataDir: FINOPS_DATA_DIR, log })
  }
  return cached
}
