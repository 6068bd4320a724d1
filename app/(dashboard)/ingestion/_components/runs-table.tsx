'use client'

import { useTranslations } from 'next-intl'
import { useQuery } from '@tanstack/react-query'
import { QueryView } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/states'
import { formatCount, formatDay, formatInstant, formatUsd } from '@/lib/format'
import { formatDuration } from '@/lib/format-durations'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import { ingestionQueries } from '@/lib/query/ingestion'
import type { IngestionRunDto } from '@/lib/schemas/ingestion'
import { RunStatus } from './run-status'
import { DataTable } from '@/components/ui/data-table'

export function RunsTable() {
  const t = useTranslations('ingestion.runs')
  const query = useQuery(ingestionQueries.runs())
  return (
    <section className="card" aria-labelledby="runs-title">
      <header>
        <h2 id="runs-title">{t('title')}</h2>
        <p>{t('subtitle')}</p>
      </header>
      <QueryView query={query} subject={t('subject')} loadingLabel={t('loading')}>
        {({ runs }) =>
          runs.length === 0 ? (
            <EmptyState title={t('none')}>
              <p>{t('noneHint')}</p>
            </EmptyState>
          ) : (
            <DataTable
              label={t('table')}
              testId="ingestion-runs"
              columns={[
                { label: t('status') },
                { label: t('window') },
                { label: t('started') },
                { label: t('costLines'), numeric: true },
                { label: t('functions'), numeric: true },
                { label: t('metricRows'), numeric: true },
                { label: t('awsCalls'), numeric: true },
                { label: t('apiCost'), numeric: true },
                { label: t('messages') },
              ]}
            >
              {runs.map((run) => (
                <RunRow key={run.id} run={run} />
              ))}
            </DataTable>
          )
        }
      </QueryView>
    </section>
  )
}

function RunRow({ run }: { run: IngestionRunDto }) {
  const t = useTranslations('ingestion.runs')
  const time = useTimeFormat()
  const { progress } = run
  const ended = run.finishedAt ?? run.heartbeatAt
  return (
    <tr data-run-id={run.id}>
      <td>
        <RunStatus run={run} />
      </td>
      <td>
        {formatDay(run.from, time.locale)} – {formatDay(run.to, time.locale)}
        <div className="muted">
          {t(`triggers.${run.trigger}`)}
          {progress.incremental ? `, ${t('incremental')}` : ''}
        </div>
      </td>
      <td>
        {formatInstant(run.startedAt ?? run.createdAt, time)}
        {run.startedAt && ended && (
          <div className="muted">{formatDuration(Date.parse(ended) - Date.parse(run.startedAt))}</div>
        )}
      </td>
      <td className="num">
        {formatCount(progress.costs.rows)}
        {progress.costs.removed > 0 && (
          <div className="muted">{t('removed', { count: formatCount(progress.costs.removed) })}</div>
        )}
        {progress.costs.monthsChecked > 0 && (
          <div className={progress.costs.unreconciled.length ? 'state-error' : 'muted'}>
            {progress.costs.unreconciled.length
              ? t('monthsOff', {
                  off: new Set(progress.costs.unreconciled.map((entry) => entry.from)).size,
                  checked: progress.costs.monthsChecked,
                })
              : t('monthsMatch', { checked: progress.costs.monthsChecked })}
          </div>
        )}
      </td>
      <td className="num">
        {formatCount(progress.lambda.functions)}
        {progress.lambda.snapshots > 0 && (
          <div className="muted">{t('configChanges', { count: progress.lambda.snapshots })}</div>
        )}
      </td>
      <td className="num">
        {formatCount(progress.metrics.dailyRows + progress.metrics.hourlyRows)}
        <div className="muted">
          {t('dailyHourly', {
            daily: formatCount(progress.metrics.dailyRows),
            hourly: formatCount(progress.metrics.hourlyRows),
          })}
        </div>
      </td>
      <td className="num">
        {formatCount(run.apiCalls)}
        <div className="muted">
          {t('costExplorerCalls', { count: progress.costs.calls })}
          {progress.retries > 0 ? `, ${t('retried', { count: progress.retries })}` : ''}
        </div>
      </td>
      <td className="num">{formatUsd(run.apiCostUsd, 4)}</td>
      <td>
        {run.error && (
          <p className="state-error" style={{ margin: 0 }}>
            {run.error}
          </p>
        )}
        {run.warnings.map((warning) => (
          <p key={warning} className="muted" style={{ margin: 0 }}>
            ⚠ {warning}
          </p>
        ))}
        {!run.error && run.warnings.length === 0 && <span className="muted">—</span>}
      </td>
    </tr>
  )
}
