// What sign-in needs from the environment, read once: the address people use (SSO redirects there, cookies are
// Secure when it is https), the lockout policy and the SSO provider with its role policy.
import 'server-only'
import type { LockoutPolicy } from '@/lib/domain/access/lockout'
import type { SsoRolePolicy } from '@/lib/domain/access/role-assignment'
import { type Env, env } from '@/lib/env'

/** The one provider id of the configured OIDC issuer (its callback is /api/auth/callback/oidc). */
export const SSO_PROVIDER_ID = 'oidc'

export type SsoSettings = { issuer: string; clientId: string; clientSecret?: string; scopes: string[]; name: string }

export type AuthSettings = {
  baseUrl: string
  secureCookies: boolean
  adminEmails: readonly string[]
  lockout: LockoutPolicy
  sso: SsoSettings | null
  ssoRoles: SsoRolePolicy
}

export function authSettings(config: Env = env()): AuthSettings {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST
  const baseUrl = (
    config.FINOPS_PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`
  ).replace(/\/+$/, '')
  return {
    baseUrl,
    secureCookies: baseUrl.startsWith('https:'),
    adminEmails: config.FINOPS_ADMIN_EMAILS,
    lockout: { maxFailures: config.FINOPS_SIGN_IN_MAX_FAILURES, lockMinutes: config.FINOPS_SIGN_IN_LOCK_MINUTES },
    sso:
      config.FINOPS_OIDC_ISSUER && config.FINOPS_OIDC_CLIENT_ID
        ? {
            issuer: config.FINOPS_OIDC_ISSUER.replace(/\/+$/, ''),
            clientId: config.FINOPS_OIDC_CLIENT_ID,
            clientSecret: config.FINOPS_OIDC_CLIENT_SECRET,
            scopes: config.FINOPS_OIDC_SCOPES,
            name: config.FINOPS_OIDC_NAME,
          }
        : null,
    ssoRoles: {
      adminEmails: config.FINOPS_ADMIN_EMAILS,
      roleClaim: config.FINOPS_OIDC_ROLE_CLAIM,
      roleMap: config.FINOPS_OIDC_ROLE_MAP,
      defaultRole: config.FINOPS_OIDC_DEFAULT_ROLE,
    },
  }
}

/** Where people open the dashboard, for links printed by the commands (the first admin's, a password's). */
export function dashboardUrl(path: string): string {
  return `${authSettings().baseUrl}${path}`
}
