import { describe, expect, it } from 'vitest'
import { copyText } from './copy-rows'

describe('COPY text format', () => {
  it('escapes delimiters, writes null as \\N, dates as ISO instants and numbers round-trip', () => {
    expect(copyText(null)).toBe('\\N')
    expect(copyText(undefined)).toBe('\\N')
    expect(copyText('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re')
    expect(copyText(new Date('2026-11-20T10:00:00Z'))).toBe('2026-11-20T10:00:00.000Z')
    expect(copyText(0.1 + 0.2)).toBe('0.30000000000000004')
    expect(copyText(true)).toBe('true')
    expect(() => copyText(Number.NaN)).toThrow(RangeError)
  })
})
