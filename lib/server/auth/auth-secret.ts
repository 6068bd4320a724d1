// The secret that signs session cookies, derived from the key that seals secrets at rest (FINOPS_SECRET_KEY, or
// the one generated into the data directory): one key to keep and share between servers, separated by purpose
// (HKDF), so a cookie signature never reveals anything about the sealing key.
import 'server-only'
import { hkdfSync } from 'node:crypto'
import { secretKey } from '@/lib/server/secrets/secret-key'

export function authSecret(): string {
  return Buffer.from(hkdfSync('sha256', secretKey(), Buffer.alloc(0), 'lambda-finops session cookies', 32)).toString(
    'base64url',
  )
}
