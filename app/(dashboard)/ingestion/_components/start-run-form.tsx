'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'
import { formatDay, formatUsd } from '@/lib/format'
import { ingestionQueries, ingestionWrites } from '@/lib/query/ingestion'
import { useWrite } from '@/lib/query/use-write'

/** `today` is the server's (lib/server/clock.ts): AWS has data through that UTC day at most. */
export function StartRunForm({ today }: { today: IsoDay }) {
  const t = useTranslations('ingestion.start')
  const locale = useLocale()
  const spend = useQuery(ingestionQueries.runs()).data?.costExplorerToday
  const [from, setFrom] = useState(() => addDaysTo(today, -3))
  const [to, setTo] = useState(() => addDaysTo(today, -1))
  const start = useWrite(ingestionWrites.startRun)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    start.mutate({ from, to })
  }
  return (
    <section className="card" aria-labelledby="start-title">
      <header>
        <h2 id="start-title">{t('title')}</h2>
      </header>
      <form onSubmit={submit} aria-describedby="start-hint">
        <div className="toolbar">
          <div className="field">
            <label htmlFor="ingest-from">{t('from')}</label>
            <input
              id="ingest-from"
              type="date"
              required
              max={to}
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="ingest-to">{t('to')}</label>
            <input
              id="ingest-to"
              type="date"
              required
              min={from}
              max={today}
              value={to}
              onChange={(event) => setTo(event.target.value)}
            />
          </div>
          <button
            type="submit"
            className="button button-primary"
            disabled={start.isPending}
            style={{ alignSelf: 'flex-end' }}
          >
            {start.isPending ? t('queuing') : t('submit')}
          </button>
        </div>
        <p id="start-hint" className="muted">
          {t('hint')}
        </p>
        {spend && (
          <p className="muted" data-testid="cost-explorer-spend">
            {t(spend.reservedUsd === '0' ? 'spend' : 'spendReserved', {
              day: formatDay(spend.day, locale),
              spent: formatUsd(spend.spentUsd),
              cap: formatUsd(spend.capUsd),
              reserved: formatUsd(spend.reservedUsd),
            })}
          </p>
        )}
      </form>
      {start.isSuccess && <p role="status">{start.data.deduplicated ? t('deduplicated') : t('queued')}</p>}
      {start.isError && (
        <p role="alert" className="state-error">
          {start.error.message}
        </p>
      )}
    </section>
  )
}
