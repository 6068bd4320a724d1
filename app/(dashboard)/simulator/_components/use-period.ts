import { useTranslations } from 'next-intl'

/** "a month" for the default 30 days, else "for 7 days", in the reader's language. */
export function usePeriod(days: number): string {
  const t = useTranslations('simulator.period')
  return days === 30 ? t('month') : t('days', { days })
}
