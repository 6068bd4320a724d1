// Single sign-on in the end-to-end suite: the local issuer (e2e/support/oidc-issuer.ts), the dashboard's settings
// for it (playwright.config.ts) and the one person who signs in through it.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3123)

/** Beside the dashboard's port, so that suites run side by side on one machine do not collide. */
export const OIDC_ISSUER_PORT = E2E_PORT + 1000
export const OIDC_ISSUER_URL = `http://127.0.0.1:${OIDC_ISSUER_PORT}`

/** A member of the issuer's `finops-engineers` group, unknown to the dashboard until they sign in. */
export const SSO_USER = {
  subject: 'sso-engineer-1',
  email: 'sso.engineer@example.com',
  name: 'SSO Engineer',
  groups: ['everyone', 'finops-engineers'],
}

/** What the dashboard is started with: roles from the `groups` claim, finops-engineers → engineer, viewer otherwise. */
export const SSO_ENVIRONMENT = {
  FINOPS_OIDC_ISSUER: OIDC_ISSUER_URL,
  FINOPS_OIDC_CLIENT_ID: 'finops-e2e',
  FINOPS_OIDC_CLIENT_SECRET: 'finops-e2e-secret',
  FINOPS_OIDC_NAME: 'the test issuer',
  FINOPS_OIDC_ROLE_CLAIM: 'groups',
  FINOPS_OIDC_ROLE_MAP: 'finops-engineers:engineer',
  FINOPS_OIDC_DEFAULT_ROLE: 'viewer',
}
