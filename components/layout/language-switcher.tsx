'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { LOCALES, type Locale, localeCookie } from '@/lib/i18n/locales'

/**
 * The reader's language: kept in a cookie (until sign-in keeps it with the user), then the page is rendered again
 * by the server in that language. Each language is named in itself, so a reader can find their own.
 */
export function LanguageSwitcher() {
  const t = useTranslations('shell')
  const locale = useLocale()
  const router = useRouter()
  const choose = (next: Locale) => {
    document.cookie = localeCookie(next)
    router.refresh()
  }
  return (
    <label className="language-switcher">
      <span>{t('language')}</span>
      <select value={locale} onChange={(event) => choose(event.target.value as Locale)} data-testid="language-switcher">
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`languages.${option}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
