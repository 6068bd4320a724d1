import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'
import { AppError } from './app-error'
import { assertAllowedHost, hostPolicy } from './allowed-hosts'

function status(headers: Record<string, string>, variables: Record<string, string> = {}): number {
  try {
    assertAllowedHost(new Headers(headers), hostPolicy(parseEnv(variables)))
    return 200
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return error.status
  }
}

describe('host allow-list (DNS rebinding)', () => {
  it('answers to loopback by name and address, and to any IP address, on any port', () => {
    for (const host of [
      '127.0.0.1:3000',
      'localhost:3000',
      'LOCALHOST',
      'localhost.:3000',
      '[::1]:3201',
      '10.0.0.5',
      '0x7f.1:3000',
      '2130706433',
    ]) {
      expect(status({ host }), host).toBe(200)
    }
  })

  it('refuses every other name with 421, including names that only look like addresses', () => {
    for (const host of [
      'rebind.attacker.example:3000',
      'attacker.example',
      '127.0.0.1.nip.io:3000',
      'localhost.attacker.example',
      'evil-localhost',
    ]) {
      expect(status({ host }), host).toBe(421)
    }
  })

  it('answers 400 when there is no usable Host header', () => {
    for (const host of ['', 'attacker.example@127.0.0.1', '127.0.0.1:3000/path', 'a b', '[::1', 'host:99999999']) {
      expect(status(host ? { host } : {}), host).toBe(400)
    }
  })

  it('answers to HOST, FINOPS_PUBLIC_URL’s host and FINOPS_ALLOWED_HOSTS (with *. for subdomains)', () => {
    expect(status({ host: 'finops.internal:3000' })).toBe(421)
    expect(status({ host: 'finops.internal:3000' }, { HOST: 'finops.internal' })).toBe(200)
    expect(status({ host: 'finops.example.com' }, { FINOPS_PUBLIC_URL: 'https://finops.example.com/' })).toBe(200)
    const allowed = { FINOPS_ALLOWED_HOSTS: 'dash.corp, *.finops.example.com' }
    expect(status({ host: 'dash.corp:3000' }, allowed)).toBe(200)
    expect(status({ host: 'eu.finops.example.com' }, allowed)).toBe(200)
    expect(status({ host: 'finops.example.com' }, allowed)).toBe(421)
    expect(status({ host: 'evilfinops.example.com' }, allowed)).toBe(421)
    expect(() => parseEnv({ FINOPS_ALLOWED_HOSTS: 'https://dash.corp' })).toThrow(/FINOPS_ALLOWED_HOSTS/)
  })

  it('believes X-Forwarded-Host only with a trusted proxy', () => {
    const spoof = { host: '127.0.0.1:3000', 'x-forwarded-host': 'attacker.example' }
    expect(status(spoof)).toBe(200)
    expect(status(spoof, { FINOPS_TRUST_PROXY: 'true' })).toBe(421)
    expect(
      status(
        { host: '127.0.0.1:3000', 'x-forwarded-host': 'finops.example.com' },
        { FINOPS_TRUST_PROXY: 'true', FINOPS_PUBLIC_URL: 'https://finops.example.com' },
      ),
    ).toBe(200)
  })
})
