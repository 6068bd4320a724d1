'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'

/** From and to days (inclusive), applied together; `idPrefix` keeps label ids unique on the page. */
export function DateRangeFields({
  from,
  to,
  onApply,
  idPrefix = 'range',
}: {
  from: string
  to: string
  onApply: (range: { from: string; to: string }) => void
  idPrefix?: string
}) {
  const [draft, setDraft] = useState({ from, to })
  const [seen, setSeen] = useState({ from, to })
  if (seen.from !== from || seen.to !== to) {
    setSeen({ from, to })
    setDraft({ from, to })
  }
  const t = useTranslations('ui')
  const invalid = !draft.from || !draft.to || draft.from > draft.to
  return (
    <form
      className="toolbar"
      aria-label={t('dateRange')}
      onSubmit={(event) => {
        event.preventDefault()
        if (!invalid) onApply(draft)
      }}
    >
      <div className="field">
        <label htmlFor={`${idPrefix}-from`}>{t('from')}</label>
        <input
          id={`${idPrefix}-from`}
          type="date"
          value={draft.from}
          max={draft.to}
          onChange={(event) => setDraft({ ...draft, from: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-to`}>{t('to')}</label>
        <input
          id={`${idPrefix}-to`}
          type="date"
          value={draft.to}
          min={draft.from}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        />
      </div>
      <button type="submit" className="button" disabled={invalid} style={{ alignSelf: 'flex-end' }}>
        {t('apply')}
      </button>
    </form>
  )
}
