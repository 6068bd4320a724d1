import { AppError } from './app-error'

/**
 * Route handlers get no CSRF protection from Next.js. A state-changing request must come from this app:
 * browsers mark cross-site requests (Sec-Fetch-Site) and send an Origin that must match the Host.
 * Scripts without these headers (curl, CI) are allowed: they carry no ambient browser credentials.
 */
export function assertSameOrigin(request: Request) {
  const site = request.headers.get('sec-fetch-site')
  if (site === 'cross-site') throw new AppError('bad_request', 'Cross-site requests may not change data.')
  const origin = request.headers.get('origin')
  if (!origin || origin === 'null') return
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (host && new URL(origin).host !== host) throw new AppError('bad_request', `Requests from ${origin} may not change data here.`)
}
