'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Fragment } from 'react'
import Link from 'next/link'
import { AccountName } from '@/components/ui/account-name'
import { DateRangeFields } from '@/components/ui/date-range-fields'
import { DataTable } from '@/components/ui/data-table'
import { InvalidLink } from '@/components/ui/invalid-link'
import { QueryView, Updating } from '@/components/ui/query-view'
import { SeverityBadge } from '@/components/ui/severity-badge'
import { EmptyState } from '@/components/ui/states'
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import { SEVERITY_EXPLANATION, severityLabel } from '@/lib/domain/anomalies/severity-labels'
import { ANOMALY_KINDS, SEVERITIES } from '@/lib/domain/anomalies/types'
import { seenAs } from '@/lib/domain/incidents/describe-incident'
import { formatAccount, formatDay, formatUsd } from '@/lib/format'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { type IncidentListParams, anomalyQueries } from '@/lib/query/anomalies'
import type { IncidentDto, IncidentsResponse } from '@/lib/schemas/incidents'
import { anomaliesPageSearch } from '@/lib/search-params/anomalies'
import { IncidentDetails } from './incident-details'

export function AnomaliesView() {
  const url = useUrlParams(anomaliesPageSearch)
  // The expanded row is the page's own: changing it fetches nothing.
  const { open = null, ...params } = url.link.ok ? url.link.value : { sort: 'extraCost' as const }
  const query = useQuery({ ...anomalyQueries.incidents(params), placeholderData: keepPreviousData, enabled: url.link.ok })
  if (!url.link.ok) return <InvalidLink title="Anomalies" problem={url.link.message} defaultHref="/anomalies" defaultLabel="Open the incidents of the last 90 days" />
  return (
    <QueryView query={query} subject="the incidents" loadingLabel="Loading incidents" height={400}>
      {(data) => (
        <>
          <header className="page-header">
            <div>
              <h1>Anomalies</h1>
              <p>
                Incidents overlapping {formatDay(data.from)} to {formatDay(data.to)}: anomalies of one function on overlapping days are one incident, its root cause first
                <Updating query={query} />
              </p>
            </div>
            <DateRangeFields from={data.from} to={data.to} onApply={(range) => url.set(range)} idPrefix="anomalies-range" />
          </header>
          <Filters data={data} params={params} onChange={url.set} />
          {data.incidents.length === 0 ? (
            <EmptyState title="No incidents match">
              <p>Widen the period or clear the filters.</p>
            </EmptyState>
          ) : (
            <IncidentTable incidents={data.incidents} open={open} onToggle={(id) => url.set({ open: open === id ? null : id })} />
          )}
        </>
      )}
    </QueryView>
  )
}

function Filters({ data, params, onChange }: { data: IncidentsResponse; params: IncidentListParams; onChange: (changes: Record<string, string | number | null | undefined>) => void }) {
  const anomalies = data.incidents.flatMap((incident) => [incident.root, ...incident.symptoms])
  const accounts = new Map(data.incidents.map((incident) => [incident.accountId, incident.accountName]))
  if (params.accountId && !accounts.has(params.accountId)) accounts.set(params.accountId, params.accountId)
  const functions = new Map(anomalies.filter((a) => a.functionId !== null).map((a) => [a.functionId!, a.functionName!]))
  return (
    <div className="card toolbar" style={{ marginBottom: 16 }} role="search" aria-label="Filter incidents">
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
              {severityLabel(severity)} or worse
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-account">Account</label>
        <select id="filter-account" value={params.accountId ?? ''} onChange={(event) => onChange({ accountId: event.target.value, open: null })}>
          <option value="">All accounts</option>
          {[...accounts]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([id, name]) => (
              <option key={id} value={id}>
                {formatAccount({ id, name })}
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
        <select id="filter-sort" value={params.sort ?? 'extraCost'} onChange={(event) => onChange({ sort: event.target.value === 'extraCost' ? null : event.target.value })}>
          <option value="extraCost">Largest extra cost first</option>
          <option value="exposure">Largest worst-case exposure first</option>
          <option value="period">Newest first</option>
        </select>
      </div>
    </div>
  )
}

function IncidentTable({ incidents, open, onToggle }: { incidents: IncidentDto[]; open: number | null; onToggle: (id: number) => void }) {
  return (
    <section className="card" aria-labelledby="incident-list-title">
      <header>
        <h2 id="incident-list-title">{incidents.length === 1 ? '1 incident' : `${incidents.length} incidents`}</h2>
        <p>Expand a row for its root cause, symptoms, evidence and status</p>
      </header>
      <p className="muted" data-testid="money-and-severity">
        Extra cost is measured (actual minus expected at list price) and counted once per incident. Worst-case exposure is what a configuration risk could cost
        a month above its recent cost: money at risk, not spent. {SEVERITY_EXPLANATION}
      </p>
      <DataTable label="Incidents table" testId="incidents-table" columns={[{ label: 'Incident' }, { label: 'Scope' }, { label: 'Period' }, { label: 'Severity' }, { label: 'Extra cost', numeric: true }, { label: 'Worst-case exposure', numeric: true }, { label: 'Status' }]}>
        {incidents.map((incident) => {
          const expanded = open === incident.id
          const { root } = incident
          return (
            <Fragment key={incident.id}>
              <tr>
                <td>
                  <button type="button" className="button" aria-expanded={expanded} aria-controls={`incident-${incident.id}`} onClick={() => onToggle(incident.id)}>
                    {expanded ? '▾' : '▸'} {kindLabel(root.kind)}
                  </button>
                  {incident.symptoms.length > 0 && <div className="muted">{seenAs(incident.symptoms)}</div>}
                </td>
                <td>
                  {root.functionId !== null ? <Link href={`/functions/${root.functionId}?from=${incident.firstDay}&to=${incident.lastDay}`}>{root.functionName}</Link> : <span>{root.usageType ?? root.service}</span>}
                  <div className="muted">
                    <AccountName id={incident.accountId} name={incident.accountName} />
                    {root.region ? ` · ${root.region}` : ''}
                  </div>
                </td>
                <td>
                  {formatDay(incident.firstDay)}
                  {incident.lastDay !== incident.firstDay && <div className="muted">to {formatDay(incident.lastDay)}</div>}
                </td>
                <td>
                  <SeverityBadge severity={incident.severity} />
                </td>
                <td className="num">{formatUsd(incident.extraCostUsd)}</td>
                <td className="num">{incident.exposureUsd === null ? '—' : `${formatUsd(incident.exposureUsd)} a month`}</td>
                <td>
                  <span className={`badge ${incident.status === 'open' ? 'badge-accent' : ''}`}>{incident.status}</span>
                  {incident.statusBy && <div className="muted">by {incident.statusBy}</div>}
                </td>
              </tr>
              {expanded && (
                <tr id={`incident-${incident.id}`}>
                  <td colSpan={7}>
                    <IncidentDetails incident={incident} />
                  </td>
                </tr>
              )}
            </Fragment>
          )
        })}
      </DataTable>
    </section>
  )
}
