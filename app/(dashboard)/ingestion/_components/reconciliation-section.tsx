'use client'

import { useLocale, useTranslations } from 'next-intl'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { QueryView } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/states'
import { sum } from '@/lib/domain/money'
import { formatMonth, formatSignedUsd, formatUsd } from '@/lib/format'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { ingestionQueries } from '@/lib/query/ingestion'
import type { ReconciliationRow } from '@/lib/schemas/reconciliation'
import { reconciliationSearch } from '@/lib/search-params/ingestion'
import { TableScroll } from '@/components/ui/table-scroll'

export function ReconciliationSection() {
  const t = useTranslations('ingestion.reconciliation')
  const url = useUrlParams(reconciliationSearch)
  // Months picked out of order show the default months until one of them is corrected.
  const range = url.link.ok ? url.link.value : {}
  const query = useQuery({ ...ingestionQueries.reconciliation(range), placeholderData: keepPreviousData })
  // The range lives in the URL (shareable); react-query fetches the matching API answer.
  const change = (name: 'from' | 'to', value: string) => url.set({ [name]: value })
  return (
    <section className="card" aria-labelledby="reconciliation-title">
      <header>
        <div>
          <h2 id="reconciliation-title">{t('title')}</h2>
          <p>{t('subtitle')}</p>
        </div>
        <div className="toolbar" role="group" aria-label={t('months')}>
          <div className="field">
            <label htmlFor="reconciliation-from">{t('fromMonth')}</label>
            <input
              id="reconciliation-from"
              type="month"
              value={range.from ?? query.data?.from ?? ''}
              onChange={(event) => change('from', event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="reconciliation-to">{t('toMonth')}</label>
            <input
              id="reconciliation-to"
              type="month"
              value={range.to ?? query.data?.to ?? ''}
              onChange={(event) => change('to', event.target.value)}
            />
          </div>
        </div>
      </header>
      <QueryView query={query} subject={t('subject')} loadingLabel={t('loading')}>
        {(data) =>
          data.rows.length === 0 ? (
            <EmptyState title={t('none')} />
          ) : (
            <TableScroll label={t('table')}>
              <table className="table" data-testid="reconciliation">
                <thead>
                  <tr>
                    <th scope="col">{t('month')}</th>
                    <th scope="col">{t('account')}</th>
                    <th scope="col" className="num">
                      {t('billed')}
                    </th>
                    <th scope="col" className="num">
                      {t('estimated')}
                    </th>
                    <th scope="col" className="num">
                      {t('difference')}
                    </th>
                    <th scope="col" className="num">
                      {t('freeTier')}
                    </th>
                    <th scope="col" className="num">
                      {t('otherExplained')}
                    </th>
                    <th scope="col" className="num">
                      {t('unexplained')}
                    </th>
                    <th scope="col">{t('notes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <ReconciliationTableRow key={`${row.month}-${row.accountId}`} row={row} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </QueryView>
    </section>
  )
}

function ReconciliationTableRow({ row }: { row: ReconciliationRow }) {
  const locale = useLocale()
  const freeTier = row.explanations.find((e) => e.kind === 'free_tier')
  const others = row.explanations.filter((e) => e.kind !== 'free_tier')
  return (
    <tr>
      <th scope="row">{formatMonth(row.month, locale)}</th>
      <td>
        {row.accountName}
        {row.accountName !== row.accountId && <div className="muted">{row.accountId}</div>}
      </td>
      <td className="num">{formatUsd(row.billedUsd)}</td>
      <td className="num">{formatUsd(row.estimatedUsd)}</td>
      <td className="num">{formatSignedUsd(row.differenceUsd)}</td>
      <td className="num" title={freeTier?.detail}>
        {freeTier ? formatSignedUsd(freeTier.usd) : '—'}
      </td>
      <td className="num" title={others.map((e) => `${e.detail}: ${e.usd}`).join('\n')}>
        {others.length ? formatSignedUsd(sum(others.map((e) => e.usd)).toFixed()) : '—'}
        {others.map((e) => (
          <div key={e.kind} className="muted">
            {e.kind.replace('_', ' ')}
          </div>
        ))}
      </td>
      <td className="num">
        {row.unexplainedUsd === '0' ? (
          <span className="badge badge-good">{formatUsd('0')}</span>
        ) : (
          <span className="badge badge-warn">{formatSignedUsd(row.unexplainedUsd)}</span>
        )}
      </td>
      <td>
        {row.notes.length ? (
          row.notes.map((note) => (
            <p key={note} className="muted" style={{ margin: 0 }}>
              {note}
            </p>
          ))
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  )
}
