'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { THEME_PREFERENCES, themeAttribute, themeCookie, type ThemePreference } from '@/lib/theme'

/** Light, dark or the system's choice; applied at once and kept in a cookie for the server's next render. */
export function ThemeControl({ initial }: { initial: ThemePreference }) {
  const t = useTranslations('shell')
  const [preference, setPreference] = useState(initial)
  const choose = (next: ThemePreference) => {
    setPreference(next)
    const attribute = themeAttribute(next)
    if (attribute) document.documentElement.dataset.theme = attribute
    else delete document.documentElement.dataset.theme
    document.cookie = themeCookie(next)
  }
  return (
    <label className="theme-control">
      <span>{t('theme')}</span>
      <select
        value={preference}
        onChange={(event) => choose(event.target.value as ThemePreference)}
        data-testid="theme-control"
      >
        {THEME_PREFERENCES.map((option) => (
          <option key={option} value={option}>
            {t(`themes.${option}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
