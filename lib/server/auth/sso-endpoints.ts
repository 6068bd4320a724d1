// The part of Better Auth's own HTTP API the dashboard exposes: starting a single sign-on (which answers with the
// issuer's authorization URL) and the issuer's callback. Nothing else of it is reachable: e-mail sign-in goes
// through POST /api/sign-in (with the lockout), sign-out through POST /api/sign-out, users and sessions are
// managed by the dashboard's own routes.
import 'server-only'
import { AppError } from '@/lib/server/http/app-error'
import { auth } from './auth'
import { SSO_PROVIDER_ID } from './auth-settings'

const EXPOSED: Record<string, readonly string[]> = {
  POST: ['/api/auth/sign-in/social'],
  GET: [`/api/auth/callback/${SSO_PROVIDER_ID}`],
}

export async function handleSsoRequest(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname
  if (!EXPOSED[request.method]?.includes(path))
    throw new AppError('not_found', `${request.method} ${path} was not found.`)
  return auth().handler(request)
}
