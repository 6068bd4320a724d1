// The message files (messages/<locale>.json) must say the same things: a key in one language only would show
// a raw key (or nothing) to the other language's readers, and a placeholder missing from one would drop a value.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCALES } from './locales'
import { messageKeys, placeholdersOf } from './message-keys'

const messages = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(path.join('messages', `${locale}.json`), 'utf8')) as unknown,
  ]),
)

describe('message files', () => {
  it('every key exists in every language, with a non-empty text', () => {
    const [first, ...others] = LOCALES
    const keys = messageKeys(messages[first!])
    expect(keys.size).toBeGreaterThan(0)
    for (const locale of others) {
      const theirs = messageKeys(messages[locale])
      expect(
        [...theirs.keys()].filter((key) => !keys.has(key)),
        `keys only in ${locale}`,
      ).toEqual([])
      expect(
        [...keys.keys()].filter((key) => !theirs.has(key)),
        `keys missing from ${locale}`,
      ).toEqual([])
    }
    for (const locale of LOCALES)
      for (const [key, text] of messageKeys(messages[locale])) expect(text.trim(), `${locale}: ${key}`).not.toBe('')
  })

  it('each text has the same placeholders in every language', () => {
    const english = messageKeys(messages.en)
    for (const locale of LOCALES) {
      for (const [key, text] of messageKeys(messages[locale]))
        expect(placeholdersOf(text), `${locale}: ${key}`).toEqual(placeholdersOf(english.get(key)!))
    }
  })
})

describe('the checks themselves', () => {
  it('flatten nested messages to dotted keys and refuse anything but text', () => {
    expect([...messageKeys({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })]).toEqual([
      ['a.b', 'x'],
      ['a.c.d', 'y'],
      ['e', 'z'],
    ])
    expect(() => messageKeys({ a: 1 })).toThrow(/a: a message must be text/)
  })

  it('find the placeholders of a text, once each', () => {
    expect(placeholdersOf('{service} endpoint, {count, plural, one {# day} other {# days}} and {service}')).toEqual([
      'count',
      'service',
    ])
  })
})
