'use client'

import { useTimeZone, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useSyncExternalStore } from 'react'
import { SEOUL, timeZoneCookie, UTC } from '@/lib/i18n/time-zones'

const noSubscription = () => () => {}

/**
 * The zone the reader's times are shown in: kept in a cookie (until sign-in keeps it with the user), then the page
 * is rendered again by the server in that zone. UTC and Seoul are always offered, and the browser's own zone when
 * it is another (known only in the browser, so the server renders without it and the browser adds it after).
 */
export function TimeZoneSwitcher() {
  const t = useTranslations('shell')
  const zone = useTimeZone() ?? UTC
  const router = useRouter()
  const browserZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  )
  const zones = [...new Set([UTC, SEOUL, zone, ...(browserZone ? [browserZone] : [])])]
  const name = (option: string) =>
    option === UTC
      ? t('zones.utc')
      : option === SEOUL
        ? t('zones.seoul')
        : option === browserZone
          ? t('zones.browser', { zone: option })
          : option
  const choose = (next: string) => {
    document.cookie = timeZoneCookie(next)
    router.refresh()
  }
  return (
    <label className="time-zone-switcher">
      <span>{t('timeZone')}</span>
      <select value={zone} onChange={(event) => choose(event.target.value)} data-testid="time-zone-switcher">
        {zones.map((option) => (
          <option key={option} value={option}>
            {name(option)}
          </option>
        ))}
      </select>
    </label>
  )
}
