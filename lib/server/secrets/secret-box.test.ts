import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isSealed, openSecret, SecretUnreadableError, sealSecret } from './secret-box'

const key = randomBytes(32)
const url = 'https://hooks.slack.com/services/T000/B000/very-secret-token'

describe('secret box (AES-256-GCM)', () => {
  it('seals a value so that it can be opened with the same key and purpose, and not read without', () => {
    const sealed = sealSecret(url, key, 'webhook')
    expect(sealed).toMatch(/^enc:v1:[\w-]{16}:[\w-]{22}:[\w-]+$/)
    expect(sealed).not.toContain('very-secret-token')
    expect(isSealed(sealed)).toBe(true)
    expect(openSecret(sealed, key, 'webhook')).toBe(url)
  })

  it('uses a fresh IV for every value: the same URL twice gives two different ciphertexts', () => {
    expect(sealSecret(url, key, 'webhook')).not.toBe(sealSecret(url, key, 'webhook'))
  })

  it('refuses another key, another purpose, and any changed byte', () => {
    const sealed = sealSecret(url, key, 'webhook')
    expect(() => openSecret(sealed, randomBytes(32), 'webhook')).toThrow(SecretUnreadableError)
    expect(() => openSecret(sealed, key, 'another column')).toThrow(SecretUnreadableError)
    const parts = sealed.split(':')
    const flipped = parts[4]!.startsWith('A') ? `B${parts[4]!.slice(1)}` : `A${parts[4]!.slice(1)}`
    expect(() => openSecret([...parts.slice(0, 4), flipped].join(':'), key, 'webhook')).toThrow(SecretUnreadableError)
    expect(() => openSecret('enc:v1:garbage', key, 'webhook')).toThrow(/another secret key/)
  })

  it('returns a value stored before encryption as it is (until the start-up step seals it)', () => {
    expect(isSealed(url)).toBe(false)
    expect(openSecret(url, key, 'webhook')).toBe(url)
  })
})
