'use client'

import { useLocale, useTranslations } from 'next-intl'
import { formatMonth } from '@/lib/format'

export function MonthPicker({
  month,
  months,
  onChange,
}: {
  month: string
  months: string[]
  onChange: (month: string) => void
}) {
  const t = useTranslations('ui')
  const locale = useLocale()
  const index = months.indexOf(month)
  const options = index === -1 ? [...months, month].sort() : months
  return (
    <div className="toolbar" role="group" aria-label={t('month')}>
      <button
        type="button"
        className="button"
        aria-label={t('previousMonth')}
        disabled={index <= 0}
        onClick={() => onChange(months[index - 1]!)}
      >
        ←
      </button>
      <label className="visually-hidden" htmlFor="month-select">
        {t('month')}
      </label>
      <select id="month-select" className="button" value={month} onChange={(event) => onChange(event.target.value)}>
        {options
          .slice()
          .reverse()
          .map((value) => (
            <option key={value} value={value}>
              {formatMonth(value, locale)}
            </option>
          ))}
      </select>
      <button
        type="button"
        className="button"
        aria-label={t('nextMonth')}
        disabled={index === -1 || index >= months.length - 1}
        onClick={() => onChange(months[index + 1]!)}
      >
        →
      </button>
    </div>
  )
}
