import { describe, expect, it } from 'vitest'
import { localeCookie, localeFromAcceptLanguage, negotiateLocale, parseLocale } from './locales'

describe('the language of a request', () => {
  it.each([
    ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
    ['en-US,en;q=0.9,ko;q=0.8', 'en'],
    ['ko', 'ko'],
    ['EN-gb', 'en'],
    ['fr-FR,fr;q=0.9,ko;q=0.5,en;q=0.4', 'ko'],
    ['en;q=0.5, ko;q=0.8', 'ko'],
    ['ko;q=0, en;q=0.1', 'en'],
    ['ko;q=0', null],
    ['fr-FR, de', null],
    ['*', null],
    ['', null],
    [null, null],
    [';;;, ,q=2', null],
  ])('Accept-Language %j → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale)
  })

  it('the reader’s choice beats the browser, an unknown choice is ignored, and English is the last resort', () => {
    expect(negotiateLocale({ cookie: 'en', acceptLanguage: 'ko-KR' })).toBe('en')
    expect(negotiateLocale({ cookie: 'ko', acceptLanguage: 'en-US' })).toBe('ko')
    expect(negotiateLocale({ cookie: 'fr', acceptLanguage: 'ko-KR,ko;q=0.9' })).toBe('ko')
    expect(negotiateLocale({ cookie: undefined, acceptLanguage: 'fr' })).toBe('en')
    expect(parseLocale('KO')).toBeNull()
  })

  it('keeps a choice for a year, for the whole site', () => {
    expect(localeCookie('ko')).toBe('finops-locale=ko; Path=/; Max-Age=31536000; SameSite=Lax')
  })
})
