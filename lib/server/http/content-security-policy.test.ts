import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, newNonce } from './content-security-policy'

describe('contentSecurityPolicy', () => {
  it('allows scripts only by this request’s nonce, never eval in production, and no framing', () => {
    const policy = contentSecurityPolicy('abc123', { development: false })
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).toContain("style-src 'self' 'nonce-abc123'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
  })

  it('allows eval and inline styles in development only (React’s error stacks, hot reload)', () => {
    expect(contentSecurityPolicy('n', { development: true })).toMatch(
      /script-src [^;]*'unsafe-eval'.*style-src 'self' 'unsafe-inline'/,
    )
  })

  it('makes a new unguessable nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  })
})
