// Which host a request was sent to. Host, unless a trusted reverse proxy (FINOPS_TRUST_PROXY) stands in front:
// then X-Forwarded-Host, which any client can otherwise set to whatever it likes.

/** `host[:port]` split into a canonical host name (lower case, IPv4 in dotted decimal, IPv6 in brackets). */
import 'server-only'
export type ParsedHost = { hostname: string; port: string }

// A bare host name or IP literal with an optional port: no user info, path or spaces that a URL parser
// would quietly reinterpret ("evil.example@127.0.0.1" is 127.0.0.1 to new URL()).
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::(\d{1,5}))?$/i

export function requestHost(headers: Headers, trustProxy: boolean): string | null {
  if (trustProxy) {
    // A proxy that appends rather than replaces leaves the client's value first: the last one is the proxy's.
    const forwarded = headers.get('x-forwarded-host')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  return headers.get('host')
}

export function parseHost(value: string): ParsedHost | null {
  const match = HOST_HEADER.exec(value)
  if (!match) return null
  try {
    const hostname = new URL(`http://${match[1]}`).hostname.replace(/\.$/, '')
    return hostname ? { hostname, port: match[2] ?? '' } : null
  } catch {
    return null
  }
}
