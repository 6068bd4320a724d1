// The languages the dashboard speaks and how a request's language is chosen: the reader's own choice (the
// language switcher's cookie) first, else the browser's Accept-Language, else English. Client-safe: the switcher
// writes the cookie with localeCookie(), the server reads it (lib/server/i18n/request-config.ts).

export const LOCALES = ['ko', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** For a request that states no language we know (scripts, crawlers). */
export const DEFAULT_LOCALE: Locale = 'en'

export const LOCALE_COOKIE = 'finops-locale'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

/** A supported locale, or null for anything else (no cookie, an old or edited value). */
export function parseLocale(value: string | undefined | null): Locale | null {
  return LOCALES.find((locale) => locale === value) ?? null
}

/** The cookie text (document.cookie) that keeps a choice for a year. */
export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`
}

/**
 * The best supported language of an Accept-Language header (RFC 9110: `ko-KR,ko;q=0.9,en;q=0.8`), by quality and
 * then by order; a region or script (`ko-KR`, `en-GB`) counts for its language; q=0 means "not this one".
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null
  const ranked = header
    .split(',')
    .slice(0, 50) // a header is a few entries; a hostile one is not read to its end
    .map((entry, order) => {
      const [range = '', ...parameters] = entry.trim().split(';')
      const q = parameters
        .map((parameter) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter)?.[1])
        .find((value) => value !== undefined)
      return { language: range.trim().toLowerCase().split('-')[0]!, quality: q === undefined ? 1 : Number(q), order }
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order)
  for (const { language } of ranked) {
    const locale = parseLocale(language)
    if (locale) return locale
  }
  return null
}

/** The reader's choice, else their browser's languages, else English. */
export function negotiateLocale(input: {
  cookie: string | undefined | null
  acceptLanguage: string | undefined | null
}): Locale {
  return parseLocale(input.cookie) ?? localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE
}
