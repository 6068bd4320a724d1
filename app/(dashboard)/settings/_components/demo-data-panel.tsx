'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { IfAllowed } from '@/components/layout/if-allowed'
import { formatDay } from '@/lib/format'
import { demoDataWrites } from '@/lib/query/demo-data'
import { useWrite } from '@/lib/query/use-write'
import type { DemoDataStatus } from '@/lib/schemas/demo-data'

export function DemoDataPanel({ initialStatus }: { initialStatus: DemoDataStatus }) {
  const t = useTranslations('settings.demo')
  const locale = useLocale()
  const [status, setStatus] = useState(initialStatus)
  const router = useRouter()
  // The writes drop every cached query; the server components (banners, settings) render again too.
  const changed = {
    onSuccess: (next: DemoDataStatus) => {
      setStatus(next)
      router.refresh()
    },
  }
  const load = useWrite(demoDataWrites.load, changed)
  const remove = useWrite(demoDataWrites.remove, changed)
  const pending = load.isPending || remove.isPending
  const error = load.error ?? remove.error
  return (
    <section className="card" aria-labelledby="demo-title">
      <header>
        <h2 id="demo-title">{t('title')}</h2>
        <span className={`badge ${status.present ? 'badge-warn' : ''}`}>
          {status.present ? t('loaded') : t('notLoaded')}
        </span>
      </header>
      {status.present ? (
        <p>
          {status.firstDay && status.lastDay
            ? t('presentRange', { from: formatDay(status.firstDay, locale), to: formatDay(status.lastDay, locale) })
            : t('present')}
        </p>
      ) : (
        <p className="muted">
          {t('absent')} {status.realAccounts > 0 ? t('realAccounts', { count: status.realAccounts }) : t('loadHint')}
        </p>
      )}
      <IfAllowed write={demoDataWrites.load}>
        <div className="toolbar">
          {status.present ? (
            <button
              type="button"
              className="button button-danger"
              disabled={pending}
              onClick={() => {
                if (window.confirm(t('confirmRemove'))) remove.mutate()
              }}
            >
              {pending ? t('removing') : t('remove')}
            </button>
          ) : (
            <button type="button" className="button" disabled={pending} onClick={() => load.mutate()}>
              {pending ? t('loading') : t('load')}
            </button>
          )}
        </div>
      </IfAllowed>
      {error && (
        <p className="state-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  )
}
