// API tokens for scripts: `finops_<8 characters>_<43 characters>`, 256 random bits, shown once. Only the SHA-256 of
// the whole token is stored (a fast hash is right for a random secret of this size: nothing to guess), and the
// prefix, which names the token in lists and in the audit log. A token may expire: after its instant it is refused
// with a 401 that says so, as a revoked one is refused.
import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { isRole, type Role } from '@/lib/domain/access/permissions'
import type { ApiTokenDto } from '@/lib/schemas/api-tokens'
import type { AuditChange } from '@/lib/server/audit/record-audit'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'

const TOKEN = /^(finops_[A-Za-z0-9]{8})_[A-Za-z0-9_-]{43}$/
/** A token's "last used" is written at most once a minute, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000
const DAY_MS = 86_400_000

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

type StoredToken = {
  id: number
  name: string
  role: string
  prefix: string
  createdBy: string
  createdAt: Date
  lastUsedAt: Date | null
  expiresAt: Date | null
  revokedAt: Date | null
}

function apiTokenDto(row: StoredToken, now: Date): ApiTokenDto {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status: row.revokedAt ? 'revoked' : row.expiresAt && row.expiresAt <= now ? 'expired' : 'active',
  }
}

/** What the audit log keeps of a token: never its secret. */
const auditView = (token: ApiTokenDto) => ({
  name: token.name,
  role: token.role,
  prefix: token.prefix,
  expiresAt: token.expiresAt,
  status: token.status,
})
const targetOf = (token: { name: string; prefix: string }) => `token ${token.name} (${token.prefix})`

/** Every token, newest first, with its status now. */
export async function listApiTokens(db: Db): Promise<ApiTokenDto[]> {
  const now = clock.now()
  return (await db.apiToken.findMany({ orderBy: { id: 'desc' } })).map((row) => apiTokenDto(row, now))
}

/** A new token (the secret, returned this once) with a role, expiring after `expiresInDays` or never. */
export async function createApiToken(
  db: Db,
  input: { name: string; role: Role; expiresInDays?: number; createdBy: string },
): Promise<{ token: string; apiToken: ApiTokenDto; change: AuditChange }> {
  const prefix = `finops_${randomAlphanumeric(8)}`
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`
  const now = clock.now()
  const row = await db.apiToken.create({
    data: {
      name: input.name,
      role: input.role,
      prefix,
      tokenHash: hashToken(token),
      createdBy: input.createdBy,
      expiresAt: input.expiresInDays === undefined ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS),
    },
  })
  const apiToken = apiTokenDto(row, now)
  return {
    token,
    apiToken,
    change: { action: 'token.create', target: targetOf(row), before: null, after: auditView(apiToken) },
  }
}

/**
 * The token's identity and role; null for a malformed, unknown or revoked token. An expired one is refused with
 * the reason (401), so the script's owner knows to ask for a new one rather than look for a typo.
 */
export async function verifyApiToken(
  db: Db,
  token: string,
): Promise<{ id: number; name: string; prefix: string; role: Role } | null> {
  if (!TOKEN.test(token)) return null
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } })
  if (!row || row.revokedAt || !isRole(row.role)) return null
  const now = clock.now()
  if (row.expiresAt && row.expiresAt <= now)
    throw new AppError(
      'unauthorized',
      `The API token ${row.prefix} (${row.name}) expired at ${row.expiresAt.toISOString()}: ask an admin for a new one.`,
    )
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } })
  }
  return { id: row.id, name: row.name, prefix: row.prefix, role: row.role }
}

/** Revokes a token: refused from its next request on. Revoking one twice changes nothing (and says so). */
export async function revokeApiToken(
  db: Db,
  where: { id: number } | { prefix: string },
): Promise<{ apiToken: ApiTokenDto; change: AuditChange }> {
  const row = await db.apiToken.findUnique({ where })
  if (!row) throw new AppError('not_found', `There is no token ${'id' in where ? where.id : where.prefix}.`)
  const now = clock.now()
  const before = apiTokenDto(row, now)
  // Two revocations at once: the first instant stays.
  await db.apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: now } })
  const apiToken = apiTokenDto(await db.apiToken.findUniqueOrThrow({ where: { id: row.id } }), now)
  return {
    apiToken,
    change: { action: 'token.revoke', target: targetOf(row), before: auditView(before), after: auditView(apiToken) },
  }
}
