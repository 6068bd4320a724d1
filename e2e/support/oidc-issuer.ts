// The suite's own OIDC issuer (oauth2-mock-server): discovery, PKCE, signed ID tokens, on 127.0.0.1 only; never a
// real one. Whoever signs in through it is SSO_USER, a member of the group the dashboard maps to engineer
// (playwright.config.ts passes the dashboard FINOPS_OIDC_ROLE_MAP). Run by Playwright before the dashboard.
import { OAuth2Server } from 'oauth2-mock-server'
import { OIDC_ISSUER_PORT, OIDC_ISSUER_URL, SSO_USER } from './sso'

const server = new OAuth2Server()
await server.issuer.keys.generate('RS256')
server.service.on('beforeTokenSigning', (token) => {
  Object.assign(token.payload, {
    sub: SSO_USER.subject,
    email: SSO_USER.email,
    email_verified: true,
    name: SSO_USER.name,
    groups: SSO_USER.groups,
  })
})
server.service.on('beforeUserinfo', (userinfo) => {
  userinfo.body = {
    sub: SSO_USER.subject,
    email: SSO_USER.email,
    email_verified: true,
    name: SSO_USER.name,
    groups: SSO_USER.groups,
  }
})
// The address the dashboard is configured with (the default would say localhost, which may resolve to ::1).
server.issuer.url = OIDC_ISSUER_URL
await server.start(OIDC_ISSUER_PORT, '127.0.0.1')
console.log(`OIDC issuer: ${server.issuer.url}`)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void server.stop().then(() => process.exit(0)))
