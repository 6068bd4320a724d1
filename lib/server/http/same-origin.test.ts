import { describe, expect, it } from 'vitest'
import { AppError } from './app-error'
import { assertSameOrigin, type SameOriginPolicy } from './same-origin'

const direct: SameOriginPolicy = { trustProxy: false }

function post(headers: Record<string, string>) {
  return new Request('http://127.0.0.1:3000/api/budgets', { method: 'POST', headers })
}

function refusal(headers: Record<string, string>, policy = direct): { status: number; message: string } | null {
  try {
    assertSameOrigin(post(headers), policy)
    return null
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return { status: error.status, message: error.message }
  }
}

describe('assertSameOrigin', () => {
  it('lets scripts without an Origin through, and the app’s own pages', () => {
    expect(refusal({ host: '127.0.0.1:3000' })).toBeNull()
    expect(
      refusal({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }),
    ).toBeNull()
    expect(refusal({ host: 'localhost:3000', origin: 'http://localhost:3000' })).toBeNull()
    // The default port is the same origin whether or not the Host header spells it.
    expect(refusal({ host: 'finops.example.com:443', origin: 'https://finops.example.com' })).toBeNull()
  })

  it('refuses cross-site requests and other origins with 403', () => {
    expect(
      refusal({ host: '127.0.0.1:3000', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }),
    ).toMatchObject({ status: 403 })
    expect(refusal({ host: '127.0.0.1:3000', origin: 'https://evil.example' })).toEqual({
      status: 403,
      message: 'Requests from https://evil.example may not change data here.',
    })
    expect(refusal({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:4000' })).toMatchObject({ status: 403 })
    expect(refusal({ host: '127.0.0.1:3000', origin: 'chrome-extension://abcdef' })).toMatchObject({ status: 403 })
    expect(refusal({ origin: 'http://127.0.0.1:3000' })).toMatchObject({ status: 403 })
  })

  it('answers 400, not 500, for an Origin header that is not an origin', () => {
    for (const origin of ['not a url', 'http://', '://x', 'http://[::1', 'http://exa mple.com', '%']) {
      expect(refusal({ host: '127.0.0.1:3000', origin }), origin).toMatchObject({
        status: 400,
        message: expect.stringContaining('Origin'),
      })
    }
  })

  it('lets Origin: null through only when the browser marks the request same-origin', () => {
    expect(refusal({ host: '127.0.0.1:3000', origin: 'null' })).toMatchObject({
      status: 403,
      message: expect.stringContaining('Origin: null'),
    })
    expect(refusal({ host: '127.0.0.1:3000', origin: 'null', 'sec-fetch-site': 'same-site' })).toMatchObject({
      status: 403,
    })
    expect(refusal({ host: '127.0.0.1:3000', origin: 'null', 'sec-fetch-site': 'cross-site' })).toMatchObject({
      status: 403,
    })
    expect(refusal({ host: '127.0.0.1:3000', origin: 'null', 'sec-fetch-site': 'same-origin' })).toBeNull()
  })

  it('ignores a client-set X-Forwarded-Host unless a trusted proxy is configured', () => {
    const spoofed = { host: '127.0.0.1:3000', origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }
    expect(refusal(spoofed)).toMatchObject({ status: 403 })
    const proxied = {
      host: '10.0.0.5:3000',
      origin: 'https://finops.example.com',
      'x-forwarded-host': 'finops.example.com',
    }
    expect(refusal(proxied)).toMatchObject({ status: 403 })
    expect(refusal(proxied, { trustProxy: true })).toBeNull()
    // A proxy that appends keeps the client's claim first: only its own (last) value counts.
    expect(
      refusal({ ...proxied, 'x-forwarded-host': 'finops.example.com, evil.example' }, { trustProxy: true }),
    ).toMatchObject({ status: 403 })
    expect(
      refusal(
        { ...spoofed, 'x-forwarded-host': 'evil.example, 127.0.0.1:3000', origin: 'http://127.0.0.1:3000' },
        { trustProxy: true },
      ),
    ).toBeNull()
  })

  it('accepts the configured public URL as an origin (a proxy that rewrites Host)', () => {
    const behindProxy = { host: '127.0.0.1:3000', origin: 'https://finops.example.com' }
    expect(refusal(behindProxy)).toMatchObject({ status: 403 })
    expect(refusal(behindProxy, { trustProxy: false, publicUrl: 'https://finops.example.com/' })).toBeNull()
    expect(
      refusal(
        { ...behindProxy, origin: 'http://finops.example.com' },
        { trustProxy: false, publicUrl: 'https://finops.example.com/' },
      ),
    ).toMatchObject({ status: 403 })
  })
})
