// Secrets at rest (a Slack webhook URL is a credential): AES-256-GCM with a random 96-bit IV per value and its
// 128-bit authentication tag, so a changed value or a different key is detected, never decrypted into garbage.
// The purpose is authenticated too, so a value cannot be moved to a column that means something else.
import 'server-only'
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const PREFIX = 'enc:v1:'

export class SecretUnreadableError extends Error {
  constructor() {
    super(
      'A stored secret cannot be decrypted: it was saved with another secret key (FINOPS_SECRET_KEY, or secret-key in the data directory), or it was changed.',
    )
    this.name = 'SecretUnreadableError'
  }
}

/** `enc:v1:<iv>:<tag>:<ciphertext>`, each part base64url. */
export function sealSecret(plaintext: string, key: Buffer, purpose: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(purpose))
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return `${PREFIX}${[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join(':')}`
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX)
}

/** The plaintext of a sealed value. A value stored before encryption existed is returned as it is. */
export function openSecret(stored: string, key: Buffer, purpose: string): string {
  if (!isSealed(stored)) return stored
  const [iv, tag, ciphertext] = stored
    .slice(PREFIX.length)
    .split(':')
    .map((part) => Buffer.from(part, 'base64url'))
  if (!iv || !tag || !ciphertext || iv.length !== 12 || tag.length !== 16) throw new SecretUnreadableError()
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(purpose)).setAuthTag(tag)
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8')
  } catch {
    throw new SecretUnreadableError()
  }
}
