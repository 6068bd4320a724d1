'use client'

import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { IfAllowed } from '@/components/layout/if-allowed'
import { companyDayOffWrites } from '@/lib/query/holidays'
import { useWrite } from '@/lib/query/use-write'
import type { CompanyDayOffDto } from '@/lib/schemas/holidays'

type Repeat = 'once' | 'yearly'

/**
 * The organisation's own days off, on top of Korea's public holidays: schedules skip them and forecasts read them
 * as Sundays. Admins add one (a date once, or a month-day every year) or remove one; the page then renders again.
 */
export function CompanyDaysOffPanel({
  daysOff,
  year,
  knownThrough,
}: {
  daysOff: CompanyDayOffDto[]
  year: number
  knownThrough: number
}) {
  const t = useTranslations('settings.daysOff')
  const router = useRouter()
  const [name, setName] = useState('')
  const [repeat, setRepeat] = useState<Repeat>('once')
  const [date, setDate] = useState('')
  const changed = { onSuccess: () => router.refresh() }
  const add = useWrite(companyDayOffWrites.add, {
    onSuccess: () => {
      setName('')
      setDate('')
      router.refresh()
    },
  })
  const remove = useWrite(companyDayOffWrites.remove, changed)
  const error = add.error ?? remove.error
  return (
    <section className="card" aria-labelledby="days-off-title">
      <header>
        <h2 id="days-off-title">{t('title')}</h2>
      </header>
      <p className="muted">{t('explain', { year, knownThrough })}</p>
      {daysOff.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="days-off" data-testid="company-days-off">
          {daysOff.map((dayOff) => (
            <li key={dayOff.id}>
              <span>{dayOff.name}</span>{' '}
              <span className="muted">
                {dayOff.day ? t('once', { day: dayOff.day }) : t('yearly', { monthDay: dayOff.monthDay! })}
              </span>{' '}
              <IfAllowed write={companyDayOffWrites.remove}>
                <button
                  type="button"
                  className="button button-small"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ id: dayOff.id })}
                  aria-label={t('remove', { name: dayOff.name })}
                >
                  {t('removeShort')}
                </button>
              </IfAllowed>
            </li>
          ))}
        </ul>
      )}
      <IfAllowed write={companyDayOffWrites.add}>
        <form
          className="toolbar"
          onSubmit={(event) => {
            event.preventDefault()
            add.mutate(repeat === 'once' ? { name, day: date } : { name, monthDay: date.slice(5) })
          }}
        >
          <label>
            <span>{t('name')}</span>
            <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={100} />
          </label>
          <label>
            <span>{t('date')}</span>
            <input type="date" value={date} onChange={(event) => setDate(event.target.value)} required />
          </label>
          <label>
            <span>{t('repeat')}</span>
            <select value={repeat} onChange={(event) => setRepeat(event.target.value as Repeat)}>
              <option value="once">{t('repeatOnce')}</option>
              <option value="yearly">{t('repeatYearly')}</option>
            </select>
          </label>
          <button type="submit" className="button" disabled={add.isPending}>
            {t('add')}
          </button>
        </form>
      </IfAllowed>
      {error && (
        <p className="state-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  )
}
