// Better Auth, set up for this dashboard: e-mail and password (scrypt; no sign-up: accounts come from an admin,
// the shell or the first-admin link), OIDC single sign-on with the configured issuer (discovery, PKCE, the ID
// token verified against the issuer's keys), sessions in the database behind an HttpOnly, SameSite=Lax cookie
// (Secure when the dashboard is served over https) with no cookie cache, so every request sees a revoked
// session or a disabled user at once. Its tables are written by hand in prisma/schema.prisma.
import 'server-only'
import { betterAuth } from 'better-auth'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { genericOAuth } from 'better-auth/plugins/generic-oauth'
import { isAdminEmail } from '@/lib/domain/access/role-assignment'
import { db } from '@/lib/server/db/prisma'
import { authSecret } from './auth-secret'
import { type AuthSettings, authSettings, SSO_PROVIDER_ID } from './auth-settings'
import { allowSessionFor, recordSignIn } from './session-policy'

export const SESSION_COOKIE_PREFIX = 'finops'
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 128

function createAuth(settings: AuthSettings) {
  return betterAuth({
    appName: 'Lambda FinOps',
    baseURL: settings.baseUrl,
    basePath: '/api/auth',
    secret: authSecret(),
    database: prismaAdapter(db(), { provider: 'postgresql' }),
    telemetry: { enabled: false },
    // Wrong passwords are expected and written to the audit log; the server log keeps only real errors.
    logger: { level: 'error' },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, input: false },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    session: { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600, cookieCache: { enabled: false } },
    account: { accountLinking: { enabled: true, trustedProviders: [] } },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: settings.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: settings.secureCookies },
    },
    // route() has already refused a foreign Origin (same-origin.ts), so the request's own origin is the one to trust
    // (the dashboard may be reached as localhost and as 127.0.0.1); FINOPS_PUBLIC_URL's is trusted through baseURL.
    trustedOrigins: async (request) => {
      const origin = request?.headers.get('origin')
      return origin && origin !== 'null' ? [origin] : []
    },
    rateLimit: {
      enabled: true,
      storage: 'memory',
      window: 60,
      max: 300,
      customRules: { '/sign-in/email': { window: 60, max: 20 } },
    },
    plugins: settings.sso
      ? [
          genericOAuth({
            config: [
              {
                providerId: SSO_PROVIDER_ID,
                name: settings.sso.name,
                discoveryUrl: `${settings.sso.issuer}/.well-known/openid-configuration`,
                // The role comes from the ID token's claims: never from a token whose signature was not checked.
                requireIdTokenVerification: true,
                clientId: settings.sso.clientId,
                clientSecret: settings.sso.clientSecret,
                scopes: settings.sso.scopes,
                pkce: true,
              },
            ],
          }),
        ]
      : [],
    databaseHooks: {
      user: {
        create: {
          // Only SSO creates users through Better Auth (sign-up is off): the default role, or admin for an admin address.
          before: async (user) => ({
            data: {
              ...user,
              role: isAdminEmail(user.email, settings.adminEmails) ? 'admin' : settings.ssoRoles.defaultRole,
            },
          }),
        },
      },
      session: {
        create: {
          before: async (session, context) =>
            (await allowSessionFor(session.userId, { sso: isSsoCallback(context?.path) }, settings))
              ? { data: session }
              : false,
          after: async (session, context) => recordSignIn(session.userId, { sso: isSsoCallback(context?.path) }),
        },
      },
    },
  })
}

function isSsoCallback(path: string | undefined): boolean {
  return !!path && path.startsWith('/callback')
}

type Auth = ReturnType<typeof createAuth>
const globalForAuth = globalThis as unknown as { finopsAuth?: Auth }

export function auth(): Auth {
  globalForAuth.finopsAuth ??= createAuth(authSettings())
  return globalForAuth.finopsAuth
}
