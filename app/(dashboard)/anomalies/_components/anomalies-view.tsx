'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Fragment } from 'react'
import Link from 'next/link'
import { DateRangeFields } from '@/components/ui/date-range-fields'
import { InvalidLink } from '@/components/ui/invalid-link'
import { QueryView, Updating } from '@/components/ui/query-view'
import { SeverityBadge } from '@/components/ui/severity-badge'
import { EmptyState } from '@/components/ui/states'
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import { ANOMALY_KINDS, SEVERITIES } from '@/lib/domain/anomalies/types'
import { formatDay, formatUsd } from '@/lib/format'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { type AnomalyListParams, anomalyQueries } from '@/lib/query/anomalies'
import type { AnomaliesResponse, AnomalyDto } from '@/lib/schemas/anomalies'
import { anomaliesPageSearch } from '@/lib/search-params/anomalies'
import { AnomalyDetails } from './anomaly-details'

export function AnomaliesView() {
  const url = useUrlParams(anomaliesPageSearch)
  // The expanded row is the page's own: changing it fetches nothing.
  const { open = null, ...params } = url.link.ok ? url.link.value : { sort: 'period' as const }
  const query = useQuery({ ...anomalyQueries.list(params), placeholderData: keepPreviousData, enabled: url.link.ok })
  if (!url.link.ok) return <InvalidLink title="Anomalies" problem={url.link.message} defaultHref="/anomalies" defaultLabel="Open the anomalies of the last 90 days" />
  return (
    <QueryView query={query} subject="the anomalies" loadingLabel="Loading anomalies" height={400}>
      {(data) => (
        <>
          <header className="page-header">
            <div>
              <h1>Anomalies</h1>
              <p>
                Overlapping {formatDay(data.from)} to {formatDay(data.to)} · impact is actual minus expected at list price
                <Updating query={query} />
              </p>
            </div>
            <DateRangeFields from={data.from} to={data.to} onApply={(range) => url.set(range)} idPrefix="anomalies-range" />
          </header>
          <Filters data={data} params={params} onChange={url.set} />
          {data.anomalies.length === 0 ? (
            <EmptyState title="No anomalies match">
              <p>Widen the period or clear the filters.</p>
            </EmptyState>
          ) : (
            <AnomalyTable anomalies={data.anomalies} open={open} onToggle={(id) => url.set({ open: open === id ? null : id })} />
          )}
        </>
      )}
    </QueryView>
  )
}

function Filters({ data, params, onChange }: { data: AnomaliesResponse; params: AnomalyListParams; onChange: (changes: Record<string, string | number | null | undefined>) => void }) {
  const accounts = [...new Set([...data.anomalies.map((a) => a.accountId), ...(params.accountId ? [params.accountId] : [])])].sort()
  const functions = new Map(data.anomalies.filter((a) => a.functionId !== null).map((a) => [a.functionId!, a.functionName!]))
  return (
    <div className="card toolbar" style={{ marginBottom: 16 }} role="search" aria-label="Filter anomalies">
      <div className="field">
        <label htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" value={params.kind?.[0] ?? ''} onChange={(event) => onChange({ kind: event.target.value, open: null })}>
          <option value="">All kinds</option>
          {ANOMALY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-severity">Severity</label>
        <select id="filter-severity" value={params.minSeverity ?? ''} onChange={(event) => onChange({ minSeverity: event.target.value, open: null })}>
          <option value="">Any</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity} or worse
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-account">Account</label>
        <select id="filter-account" value={params.accountId ?? ''} onChange={(event) => onChange({ accountId: event.target.value, open: null })}>
          <option value="">All accounts</option>
          {accounts.map((account) => (
            <option key={account} value={account}>
              {account}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-function">Function</label>
        <select id="filter-function" value={params.functionId ?? ''} onChange={(event) => onChange({ functionId: event.target.value, open: null })}>
          <option value="">All functions</option>
          {[...functions].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" value={params.status ?? ''} onChange={(event) => onChange({ status: event.target.value, open: null })}>
          <option value="">Any</option>
          <option value="open">Open</option>
          <option value="acknowledged">Acknowledged</option>
          <option value="muted">Muted</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sort">Order</label>
        <select id="filter-sort" value={params.sort ?? 'period'} onChange={(event) => onChange({ sort: event.target.value === 'period' ? null : event.target.value })}>
          <option value="period">Newest first</option>
          <option value="impact">Largest impact first</option>
        </select>
      </div>
    </div>
  )
}

function AnomalyTable({ anomalies, open, onToggle }: { anomalies: AnomalyDto[]; open: number | null; onToggle: (id: number) => void }) {
  return (
    <section className="card" aria-labelledby="anomaly-list-title">
      <header>
        <h2 id="anomaly-list-title">{anomalies.length} anomalies</h2>
        <p>Expand a row for its evidence, chart and status</p>
      </header>
      <table className="table" data-testid="anomalies-table">
        <thead>
          <tr>
            <th scope="col">Anomaly</th>
            <th scope="col">Scope</th>
            <th scope="col">Period</th>
            <th scope="col">Severity</th>
            <th scope="col" className="num">Impact</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {anomalies.map((anomaly) => {
            const expanded = open === anomaly.id
            return (
              <Fragment key={anomaly.id}>
                <tr>
                  <td>
                    <button type="button" className="button" aria-expanded={expanded} aria-controls={`anomaly-${anomaly.id}`} onClick={() => onToggle(anomaly.id)}>
                      {expanded ? '▾' : '▸'} {kindLabel(anomaly.kind)}
                    </button>
                  </td>
                  <td>
                    {anomaly.functionId !== null ? <Link href={`/functions/${anomaly.functionId}?from=${anomaly.firstDay}&to=${anomaly.lastDay}`}>{anomaly.functionName}</Link> : <span>{anomaly.usageType ?? anomaly.service}</span>}
                    <div className="muted">
                      {anomaly.accountId}
                      {anomaly.region ? ` · ${anomaly.region}` : ''}
                    </div>
                  </td>
                  <td>
                    {formatDay(anomaly.firstDay)}
                    {anomaly.lastDay !== anomaly.firstDay && <div className="muted">to {formatDay(anomaly.lastDay)}</div>}
                  </td>
                  <td>
                    <SeverityBadge severity={anomaly.severity} />
                  </td>
                  <td className="num">{formatUsd(anomaly.impactUsd)}</td>
                  <td>
                    <span className={`badge ${anomaly.status === 'open' ? 'badge-accent' : ''}`}>{anomaly.status}</span>
                    {anomaly.statusBy && <div className="muted">by {anomaly.statusBy}</div>}
                  </td>
                </tr>
                {expanded && (
                  <tr id={`anomaly-${anomaly.id}`}>
                    <td colSpan={6}>
                      <AnomalyDetails anomaly={anomaly} />
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
