import 'server-only'
import { createTranslator } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import type { Phrase } from '@/lib/domain/phrase'
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locales'
import { renderSentence, type Translate } from '@/lib/i18n/render-phrase'
import { MESSAGES } from './messages'

type Sentence = (text: Phrase) => string

/** Renders the domain's phrases as sentences in the language of the page being rendered. */
export async function pageSentence(): Promise<Sentence> {
  const translate = (await getTranslations()) as unknown as Translate
  return (text) => renderSentence(translate, text)
}

/**
 * Renders the domain's phrases as sentences in a route's caller's language, chosen as for a page (the language
 * cookie, else Accept-Language, else English) from the request itself: a script that sends neither gets English.
 */
export function requestSentence(request: Request): Sentence {
  const locale = negotiateLocale({
    cookie: cookieValue(request.headers.get('cookie'), LOCALE_COOKIE),
    acceptLanguage: request.headers.get('accept-language'),
  })
  const translate = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate
  return (text) => renderSentence(translate, text)
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}
