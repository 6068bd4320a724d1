// DNS rebinding defence: a page on attacker.example that re-points its name at 127.0.0.1 reaches this server
// as same-origin, with `Host: attacker.example`. So the server answers only to the names it is meant to be
// reached by; IP addresses are always fine, because rebinding needs a name the attacker controls.
import 'server-only'
import type { Env } from '@/lib/env'
import { AppError } from './app-error'
import { parseHost, requestHost } from './request-host'

export type HostPolicy = {
  /** Exact host names, or `*.example.com` for the subdomains of example.com. */
  names: string[]
  trustProxy: boolean
}

export function hostPolicy(
  config: Pick<Env, 'HOST' | 'FINOPS_PUBLIC_URL' | 'FINOPS_ALLOWED_HOSTS' | 'FINOPS_TRUST_PROXY'>,
): HostPolicy {
  const names = ['localhost', config.HOST, ...(config.FINOPS_ALLOWED_HOSTS ?? [])]
  // OIDC redirects and alert links use the public URL, so its host must always answer.
  if (config.FINOPS_PUBLIC_URL) names.push(new URL(config.FINOPS_PUBLIC_URL).hostname)
  return { names: [...new Set(names.map((name) => name.toLowerCase()))], trustProxy: config.FINOPS_TRUST_PROXY }
}

export function isAllowedHostname(hostname: string, policy: HostPolicy): boolean {
  if (isIpLiteral(hostname)) return true
  return policy.names.some((name) => (name.startsWith('*.') ? hostname.endsWith(name.slice(1)) : hostname === name))
}

/** Throws unless the request was sent to a host this server answers to (400: no usable Host; 421: another name). */
export function assertAllowedHost(headers: Headers, policy: HostPolicy): void {
  const host = requestHost(headers, policy.trustProxy)
  const parsed = host ? parseHost(host) : null
  if (!parsed) throw new AppError('bad_request', 'The request has no valid Host header.')
  if (isAllowedHostname(parsed.hostname, policy)) return
  throw new AppError(
    'misdirected_request',
    `This dashboard does not answer to the name ${parsed.hostname.slice(0, 253)}. If it should, add it to FINOPS_ALLOWED_HOSTS (or set FINOPS_PUBLIC_URL).`,
  )
}

// parseHost gives canonical forms: IPv4 in dotted decimal (also for 0x7f.1 or 2130706433), IPv6 in brackets.
function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)
}
