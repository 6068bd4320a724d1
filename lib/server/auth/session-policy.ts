// Who may have a session: checked when Better Auth is about to create one (password or SSO), so a disabled
// user or one without a role never gets a cookie. An SSO sign-in first brings the user's role up to date from
// the claims of the ID token the issuer just sent (Better Auth verified it and stored it on the account).
import 'server-only'
import { AFTER_SUCCESS } from '@/lib/domain/access/lockout'
import { effectiveRole, roleFromClaims } from '@/lib/domain/access/role-assignment'
import { recordAudit } from '@/lib/server/audit/record-audit'
import { clock } from '@/lib/server/clock'
import { db } from '@/lib/server/db/prisma'
import { type AuthSettings, SSO_PROVIDER_ID } from './auth-settings'

/** The payload of a JWT, unverified: only for a token Better Auth has already verified. */
export function jwtClaims(token: string | null | undefined): Record<string, unknown> {
  const payload = token?.split('.')[1]
  if (!payload) return {}
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

export async function allowSessionFor(userId: string, how: { sso: boolean }, settings: AuthSettings): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId } })
  if (!user) return false
  // A password sign-in refused for being disabled was recorded by password-sign-in.ts; SSO's refusals are here.
  const refused = async (reason: string) => {
    if (how.sso)
      await recordAudit(db(), {
        actor: { type: 'anonymous', id: user.id, label: user.email },
        action: 'sign-in.failed',
        target: `user ${user.email}`,
        details: { method: 'sso', reason },
      })
    return false
  }
  if (user.disabledAt) return refused('disabled')
  let role = user.role
  if (how.sso && settings.ssoRoles.roleClaim) {
    const account = await db().account.findFirst({
      where: { userId, providerId: SSO_PROVIDER_ID },
      orderBy: { updatedAt: 'desc' },
    })
    role = roleFromClaims(
      { email: user.email, currentRole: user.role, isNew: false },
      jwtClaims(account?.idToken),
      settings.ssoRoles,
    )
    if (role !== user.role) {
      await db().user.update({ where: { id: userId }, data: { role } })
      await recordAudit(db(), {
        actor: { type: 'user', id: user.id, label: user.email },
        action: 'user.role-from-sso',
        target: `user ${user.email}`,
        details: { before: user.role, after: role },
      })
    }
  }
  return effectiveRole({ email: user.email, role }, settings.adminEmails) !== null || refused('no role')
}

export async function recordSignIn(userId: string, how: { sso: boolean }): Promise<void> {
  const user = await db().user.update({
    where: { id: userId },
    data: { ...(how.sso ? {} : AFTER_SUCCESS), lastSignInAt: clock.now() },
  })
  await recordAudit(db(), {
    actor: { type: 'user', id: user.id, label: user.email },
    action: 'sign-in',
    target: `user ${user.email}`,
    details: { method: how.sso ? 'sso' : 'password' },
  })
}
