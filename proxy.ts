// Runs before every page and route handler (Next.js 16 Proxy, Node.js runtime): refuses requests for host names
// this server does not answer to (DNS rebinding), and gives each response a Content-Security-Policy with a fresh
// nonce. This is a network-level check, not authorization: route handlers and pages check permissions themselves
// (lib/server/access), so nothing here decides who may see what.
import { type NextRequest, NextResponse } from 'next/server'
import { env } from '@/lib/env'
import { assertAllowedHost, hostPolicy } from '@/lib/server/http/allowed-hosts'
import { contentSecurityPolicy, newNonce } from '@/lib/server/http/content-security-policy'
import { errorResponse } from '@/lib/server/http/error-response'
import { REQUEST_PATH_HEADER } from '@/lib/server/http/request-path'

export function proxy(request: NextRequest) {
  const config = env()
  try {
    assertAllowedHost(request.headers, hostPolicy(config))
  } catch (error) {
    return errorResponse(error)
  }
  const policy = contentSecurityPolicy(newNonce(), { development: config.NODE_ENV === 'development' })
  // Next.js takes the nonce for its scripts from the request's CSP header.
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  // Everything but build assets, prefetches included: a rebinding page must not read RSC payloads either.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
