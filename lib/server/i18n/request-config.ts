// next-intl's configuration for each request (next.config.mjs points its plugin here): the language the reader
// chose (the switcher's cookie), else their browser's Accept-Language, else English, with that language's
// messages, and the time zone instants are shown in: the reader's choice (the zone switcher's cookie), else the
// language's (lib/i18n/time-zones.ts). There is no locale in the URL: links stay the same in both languages. Days
// of cost stay UTC days whatever the zone: only instants move to it.
import 'server-only'
import { cookies, headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locales'
import { defaultTimeZone, parseTimeZone, TIME_ZONE_COOKIE } from '@/lib/i18n/time-zones'
import { MESSAGES } from './messages'

export default getRequestConfig(async () => {
  const jar = await cookies()
  const locale = negotiateLocale({
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: (await headers()).get('accept-language'),
  })
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: parseTimeZone(decodeCookie(jar.get(TIME_ZONE_COOKIE)?.value)) ?? defaultTimeZone(locale),
  }
})

function decodeCookie(value: string | undefined): string | undefined {
  try {
    return value === undefined ? undefined : decodeURIComponent(value)
  } catch {
    return undefined
  }
}
