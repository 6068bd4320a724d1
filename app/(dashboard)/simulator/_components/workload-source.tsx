import Link from 'next/link'
import { useLocale, useTranslations } from 'next-intl'
import type { WorkloadWindow } from '@/lib/domain/simulator/anomaly-days'
import type { FunctionWorkloadInWords } from '@/lib/domain/simulator/workload-from-metrics'
import { formatAccount, formatDay, formatShortDay } from '@/lib/format'
import { simulatorPageSearch } from '@/lib/search-params/simulator'

/** Where the prefilled numbers came from, so nobody mistakes a measurement for a guess, and which days were left out. */
export function WorkloadSource({ workload, window }: { workload: FunctionWorkloadInWords; window: WorkloadWindow }) {
  const t = useTranslations('simulator.source')
  const locale = useLocale()
  const { function: fn, window: measured, anomalyDays } = workload
  // One click switches between leaving out the days of open incidents (the default) and including them.
  const toggle = `/simulator${simulatorPageSearch.search({ functionId: fn.id, from: window.from, to: window.to, anomalyDays: anomalyDays.mode === 'exclude' ? 'include' : undefined })}`
  const days = {
    count: anomalyDays.days.length,
    days: anomalyDays.days.map((day) => formatShortDay(day, locale)).join(', '),
  }
  return (
    <section
      className="card"
      aria-labelledby="workload-source-title"
      data-testid="workload-source"
      style={{ marginBottom: 16 }}
    >
      <header>
        <h2 id="workload-source-title">
          {t('title', { name: fn.name })}{' '}
          <span className="muted">
            ({formatAccount({ id: fn.accountId, name: fn.accountName })}, {fn.region})
          </span>
        </h2>
        <Link href="/simulator">{t('useExample')}</Link>
      </header>
      <p className="muted" style={{ margin: 0 }}>
        {measured
          ? t('measured', {
              from: formatDay(measured.from, locale),
              to: formatDay(measured.to, locale),
              days: measured.days,
            })
          : t('noMetrics')}{' '}
        {t('explore')}
      </p>
      {anomalyDays.days.length > 0 && (
        <p style={{ margin: '6px 0 0' }} data-testid="anomaly-days" data-mode={anomalyDays.mode}>
          {anomalyDays.mode === 'exclude' ? t('leftOut', days) : t('included', days)}{' '}
          {/* Underlined: a link inside a sentence must not be told apart by colour alone. */}
          <Link href={toggle} style={{ textDecoration: 'underline' }}>
            {anomalyDays.mode === 'exclude' ? t('include') : t('leaveOut')}
          </Link>
        </p>
      )}
      <ul className="muted" style={{ margin: '6px 0 0', paddingLeft: 18 }}>
        {workload.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  )
}
