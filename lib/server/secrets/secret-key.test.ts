import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'
import { resolveSecretKey, SECRET_KEY_FILE, SecretKeyError } from './secret-key'

const dirs: string[] = []
function tempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'finops-key-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('secret key', () => {
  it('is generated once into the data directory, readable only by its owner, and the same on every start', () => {
    const dataDir = path.join(tempDir(), '.data')
    const logged: string[] = []
    const first = resolveSecretKey({ dataDir, log: (line) => logged.push(line) })
    expect(first).toHaveLength(32)
    const file = path.join(dataDir, SECRET_KEY_FILE)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(logged).toEqual([expect.stringContaining(file)])
    expect(resolveSecretKey({ dataDir, log: (line) => logged.push(line) })).toEqual(first)
    expect(logged).toHaveLength(1)
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toEqual(first)
  })

  it('comes from FINOPS_SECRET_KEY when set (base64 or hex), and then nothing is written', () => {
    const dataDir = tempDir()
    const base64 = Buffer.alloc(32, 7).toString('base64')
    expect(resolveSecretKey({ configured: base64, dataDir })).toEqual(Buffer.alloc(32, 7))
    expect(resolveSecretKey({ configured: 'ab'.repeat(32), dataDir })).toEqual(Buffer.alloc(32, 0xab))
    expect(() => statSync(path.join(dataDir, SECRET_KEY_FILE))).toThrow()
    expect(parseEnv({ FINOPS_SECRET_KEY: base64 }).FINOPS_SECRET_KEY).toBe(base64)
    expect(() => parseEnv({ FINOPS_SECRET_KEY: 'hunter2' })).toThrow(/FINOPS_SECRET_KEY: must be 32 bytes/)
    expect(() => resolveSecretKey({ configured: 'hunter2', dataDir })).toThrow(SecretKeyError)
  })

  it('says what to do when the file is damaged or cannot be written', () => {
    const dataDir = tempDir()
    writeFileSync(path.join(dataDir, SECRET_KEY_FILE), 'not a key\n')
    expect(() => resolveSecretKey({ dataDir })).toThrow(
      /does not hold a secret key .*Restore it from a backup, or set FINOPS_SECRET_KEY/,
    )
    if (os.userInfo().uid !== 0) {
      const readOnly = tempDir()
      chmodSync(readOnly, 0o500)
      expect(() => resolveSecretKey({ dataDir: readOnly })).toThrow(
        /Cannot create the secret key .*Set FINOPS_SECRET_KEY/,
      )
    }
    const notADirectory = path.join(tempDir(), 'file')
    writeFileSync(notADirectory, '')
    expect(() => resolveSecretKey({ dataDir: notADirectory })).toThrow(
      /Cannot create the secret key .*Set FINOPS_SECRET_KEY/,
    )
  })
})
