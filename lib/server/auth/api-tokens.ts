// API tokens for scripts: `finops_<8 characters>_<43 characters>`, 256 random bits, shown once. Only the SHA-256 of
// the whole token is stored (a fast hash is right for a random secret of this size: nothing to guess), and the
// prefix, which names the token in lists and in the audit log.
import 'server-only'
import { clock } from '@/lib/server/clock'
import { createHash, randomBytes } from 'node:crypto'
import { isRole, type Role } from '@/lib/domain/access/permissions'
import { type AuditActor, recordAudit } from '@/lib/server/audit/record-audit'
import type { Db } from '@/lib/server/db/prisma'

const TOKEN = /^(finops_[A-Za-z0-9]{8})_[A-Za-z0-9_-]{43}$/
/** A token's "last used" is written at most once a minute, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

function randomAlphanumeric(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  // 62 does not divide 256: draw again past the largest multiple, so every character is equally likely.
  let text = ''
  while (text.length < length) {
    for (const byte of randomBytes(length * 2)) if (byte < 248 && text.length < length) text += alphabet[byte % 62]
  }
  return text
}

export async function createApiToken(db: Db, actor: AuditActor, input: { name: string; role: Role }) {
  const prefix = `finops_${randomAlphanumeric(8)}`
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`
  const record = await db.apiToken.create({
    data: { name: input.name, role: input.role, prefix, tokenHash: hashToken(token), createdBy: actor.label },
  })
  await recordAudit(db, {
    actor,
    action: 'token.create',
    target: `token ${record.name} (${record.prefix})`,
    details: { role: record.role },
  })
  return { token, record }
}

/** The token's identity and role, or null for a malformed, unknown or revoked token. */
export async function verifyApiToken(
  db: Db,
  token: string,
): Promise<{ id: number; name: string; prefix: string; role: Role } | null> {
  if (!TOKEN.test(token)) return null
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } })
  if (!row || row.revokedAt || !isRole(row.role)) return null
  const now = clock.now()
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } })
  }
  return { id: row.id, name: row.name, prefix: row.prefix, role: row.role }
}

/** Revokes a token (it is refused from the next request on); revoking one twice changes nothing. Null: no such token. */
export async function revokeApiToken(db: Db, actor: AuditActor, where: { id: number } | { prefix: string }) {
  const row = await db.apiToken.findUnique({ where })
  if (!row) return null
  if (row.revokedAt) return row
  const revoked = await db.apiToken.update({ where: { id: row.id }, data: { revokedAt: clock.now() } })
  await recordAudit(db, { actor, action: 'token.revoke', target: `token ${row.name} (${row.prefix})` })
  return revoked
}
