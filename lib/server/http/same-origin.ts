import 'server-only'
import { env } from '@/lib/env'
import { AppError } from './app-error'
import { parseHost, requestHost } from './request-host'

export type SameOriginPolicy = {
  /** FINOPS_TRUST_PROXY: the host a request was sent to is X-Forwarded-Host, set by the proxy. */
  trustProxy: boolean
  /** FINOPS_PUBLIC_URL: behind a proxy that rewrites Host, pages are served from this origin. */
  publicUrl?: string
}

/**
 * Route handlers get no CSRF protection from Next.js. A state-changing request must come from this app:
 * browsers mark cross-site requests (Sec-Fetch-Site) and send an Origin that must be the host the request was
 * sent to (or the configured public URL). Scripts without an Origin (curl, CI) are allowed: they carry no
 * ambient browser credentials. Which hosts may be reached at all is checked before this (proxy.ts).
 */
export function assertSameOrigin(request: Request, policy: SameOriginPolicy = policyFromEnv()): void {
  const site = request.headers.get('sec-fetch-site')
  if (site === 'cross-site') throw new AppError('forbidden', 'Cross-site requests may not change data.')
  const origin = request.headers.get('origin')
  if (origin === null) return
  if (origin === 'null') {
    // Sandboxed frames, file: and data: pages send an opaque origin; only the browser's own mark vouches for it.
    if (site === 'same-origin') return
    throw new AppError('forbidden', 'Requests from an opaque origin (Origin: null) may not change data.')
  }
  const from = parseOrigin(origin)
  if (!from) throw new AppError('bad_request', 'The Origin header is not an origin such as https://finops.example.com.')
  const host = requestHost(request.headers, policy.trustProxy)
  const to = host && parseHost(host) ? new URL(`${from.protocol}//${host}`) : null
  if (to && to.host === from.host) return
  if (policy.publicUrl && new URL(policy.publicUrl).origin === from.origin) return
  throw new AppError('forbidden', `Requests from ${from.origin} may not change data here.`)
}

function parseOrigin(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

function policyFromEnv(): SameOriginPolicy {
  const { FINOPS_TRUST_PROXY, FINOPS_PUBLIC_URL } = env()
  return { trustProxy: FINOPS_TRUST_PROXY, publicUrl: FINOPS_PUBLIC_URL }
}
