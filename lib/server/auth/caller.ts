// Who is calling: an API token (Authorization: Bearer …) or a signed-in user (the session cookie, looked up in the
// database on every request, so a disabled user or a revoked session is out at the next request), with the role
// whose permissions they hold. The checks themselves are in route() and page(); this only says who it is.
import 'server-only'
import { headers } from 'next/headers'
import { cache } from 'react'
import { permissionsOf, type Role } from '@/lib/domain/access/permissions'
import { effectiveRole } from '@/lib/domain/access/role-assignment'
import type { CallerInfo } from '@/lib/schemas/access'
import type { AuditActor } from '@/lib/server/audit/record-audit'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { verifyApiToken } from './api-tokens'
import { auth } from './auth'
import { authSettings } from './auth-settings'

export type Caller =
  | { kind: 'user'; id: string; email: string; name: string; role: Role }
  | { kind: 'token'; id: number; name: string; prefix: string; role: Role }

/** `Authorization: Bearer <token>`: the token; undefined without that header, '' when it is not a bearer token. */
export function bearerToken(headers: Headers): string | undefined {
  const header = headers.get('authorization')
  if (header === null) return undefined
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match ? match[1]! : ''
}

/**
 * The caller, or null (no credentials, a bad or revoked token, no session, a disabled user, no role). An expired
 * token throws the 401 that says so (api-tokens.ts).
 */
export async function resolveCaller(headers: Headers): Promise<Caller | null> {
  const token = bearerToken(headers)
  // A request that sends a token is judged by the token alone, never by a cookie that happens to come with it.
  if (token !== undefined) {
    const found = token ? await verifyApiToken(db(), token) : null
    return found ? { kind: 'token', ...found } : null
  }
  const session = await auth().api.getSession({ headers })
  if (!session) return null
  const user = session.user as typeof session.user & { role?: string | null; disabledAt?: Date | null }
  if (user.disabledAt) return null
  const role = effectiveRole({ email: user.email, role: user.role ?? null }, authSettings().adminEmails)
  return role ? { kind: 'user', id: user.id, email: user.email, name: user.name, role } : null
}

/**
 * The caller of the page being rendered, looked up once per request (the layout, the page and its metadata ask). A
 * page opened with an expired token is treated as opened by nobody: it goes to the sign-in page.
 */
export const callerOfRender = cache(async () =>
  resolveCaller(await headers()).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'unauthorized') return null
    throw error
  }),
)

export function auditActor(caller: Caller): AuditActor {
  return caller.kind === 'user'
    ? { type: 'user', id: caller.id, label: caller.email }
    : { type: 'token', id: String(caller.id), label: `token ${caller.name} (${caller.prefix})` }
}

/** How a caller is named where the product records who did something (an anomaly's acknowledgement). */
export function callerLabel(caller: Caller): string {
  return auditActor(caller).label
}

/** What the browser is told about the caller (it hides what they may not do; the server checks anyway). */
export function callerInfo(caller: Caller): CallerInfo {
  return {
    kind: caller.kind,
    name: caller.name,
    email: caller.kind === 'user' ? caller.email : null,
    role: caller.role,
    permissions: permissionsOf(caller.role),
  }
}
