// Which role a signed-in person holds. FINOPS_ADMIN_EMAILS are always admins (so SSO can never lock the admins
// out); an SSO user's role can come from a claim of their ID token (a `groups` claim, say) through an ordered
// map of claim values to roles; everyone else keeps the role an admin gave them.
import { isRole, type Role } from './permissions'

/** Claim value → role, in the order written: the first value the user has decides. */
export type RoleMap = readonly { value: string; role: Role }[]

export class RoleMapError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RoleMapError'
  }
}

/** `finops-admins:admin,finops-eng:engineer` → [{ value: 'finops-admins', role: 'admin' }, …]. The last `:` splits. */
export function parseRoleMap(text: string): RoleMap {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const split = entry.lastIndexOf(':')
      const value = entry.slice(0, split).trim()
      const role = entry.slice(split + 1).trim()
      if (split <= 0 || !value) throw new RoleMapError(`"${entry}" is not value:role`)
      if (!isRole(role)) throw new RoleMapError(`"${entry}": ${role} is not a role (viewer, finance, engineer, admin)`)
      return { value, role }
    })
}

export function isAdminEmail(email: string, adminEmails: readonly string[]): boolean {
  return adminEmails.includes(email.trim().toLowerCase())
}

/** The role a user holds now: admin for an admin address, otherwise the stored one (null: none). */
export function effectiveRole(
  user: { email: string; role: string | null },
  adminEmails: readonly string[],
): Role | null {
  if (isAdminEmail(user.email, adminEmails)) return 'admin'
  return isRole(user.role) ? user.role : null
}

/** A claim's values: `groups` or a dotted path (`realm_access.roles`), a string or a list of strings. */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return []
    value = (value as Record<string, unknown>)[key]
  }
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  return []
}

export type SsoRolePolicy = {
  adminEmails: readonly string[]
  /** The claim that names the user's groups or roles; unset: roles are given in the dashboard. */
  roleClaim?: string
  roleMap: RoleMap
  /** For an SSO user the map does not place (or a new one when there is no claim); null: no access. */
  defaultRole: Role | null
}

/**
 * An SSO user's role at sign-in, from their ID token's claims: admin addresses first, then the first map entry
 * whose value the claim holds, then the default. Without a role claim, a returning user keeps their role.
 */
export function roleFromClaims(
  user: { email: string; currentRole: string | null; isNew: boolean },
  claims: Record<string, unknown>,
  policy: SsoRolePolicy,
): Role | null {
  if (isAdminEmail(user.email, policy.adminEmails)) return 'admin'
  if (!policy.roleClaim) return user.isNew ? policy.defaultRole : isRole(user.currentRole) ? user.currentRole : null
  const held = new Set(claimValues(claims, policy.roleClaim))
  return policy.roleMap.find((entry) => held.has(entry.value))?.role ?? policy.defaultRole
}
