// next-intl's configuration for each request (next.config.mjs points its plugin here): the language the reader
// chose (the switcher's cookie), else their browser's Accept-Language, else English, with that language's
// messages. There is no locale in the URL: links stay the same in both languages. Dates are UTC days everywhere
// in the product, so the formatter's zone is UTC.
import 'server-only'
import { cookies, headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { LOCALE_COOKIE, type Locale, negotiateLocale } from '@/lib/i18n/locales'
import en from '@/messages/en.json'
import ko from '@/messages/ko.json'

const MESSAGES: Record<Locale, typeof en> = { en, ko }

export default getRequestConfig(async () => {
  const locale = negotiateLocale({ cookie: (await cookies()).get(LOCALE_COOKIE)?.value, acceptLanguage: (await headers()).get('accept-language') })
  return { locale, messages: MESSAGES[locale], timeZone: 'UTC' }
})
