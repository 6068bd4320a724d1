'use client'

import { useLocale, useTranslations } from 'next-intl'
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
import { SEVERITY_RULE_VALUES } from '@/lib/domain/anomalies/severity-labels'
import { ANOMALY_KINDS, SEVERITIES } from '@/lib/domain/anomalies/types'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import { formatAccount, formatDay, formatUsd } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { type IncidentListParams, anomalyQueries } from '@/lib/query/anomalies'
import type { IncidentDto, IncidentsResponse } from '@/lib/schemas/incidents'
import { anomaliesPageSearch } from '@/lib/search-params/anomalies'
import { IncidentDetails } from './incident-details'

export function AnomaliesView() {
  const t = useTranslations('anomalies')
  const locale = useLocale()
  const url = useUrlParams(anomaliesPageSearch)
  // The expanded row is the page's own: changing it fetches nothing.
  const { open = null, ...params } = url.link.ok ? url.link.value : { sort: 'extraCost' as const }
  const query = useQuery({
    ...anomalyQueries.incidents(params),
    placeholderData: keepPreviousData,
    enabled: url.link.ok,
  })
  if (!url.link.ok)
    return (
      <InvalidLink
        title={t('title')}
        problem={url.link.message}
        defaultHref="/anomalies"
        defaultLabel={t('openDefault')}
      />
    )
  return (
    <QueryView query={query} subject={t('subject')} loadingLabel={t('loading')} height={400}>
      {(data) => (
        <>
          <header className="page-header">
            <div>
              <h1>{t('title')}</h1>
              <p>
                {t('subtitle', { from: formatDay(data.from, locale), to: formatDay(data.to, locale) })}
                <Updating query={query} />
              </p>
            </div>
            <DateRangeFields
              from={data.from}
              to={data.to}
              onApply={(range) => url.set(range)}
              idPrefix="anomalies-range"
            />
          </header>
          <Filters data={data} params={params} onChange={url.set} />
          {data.incidents.length === 0 ? (
            <EmptyState title={t('none')}>
              <p>{t('noneHint')}</p>
            </EmptyState>
          ) : (
            <IncidentTable
              incidents={data.incidents}
              locale={locale}
              open={open}
              onToggle={(id) => url.set({ open: open === id ? null : id })}
            />
          )}
        </>
      )}
    </QueryView>
  )
}

function Filters({
  data,
  params,
  onChange,
}: {
  data: IncidentsResponse
  params: IncidentListParams
  onChange: (changes: Record<string, string | number | null | undefined>) => void
}) {
  const t = useTranslations('anomalies')
  const kinds = useTranslations('anomalyKinds')
  const severities = useTranslations('ui.severity')
  const anomalies = data.incidents.flatMap((incident) => [incident.root, ...incident.symptoms])
  const accounts = new Map(data.incidents.map((incident) => [incident.accountId, incident.accountName]))
  if (params.accountId && !accounts.has(params.accountId)) accounts.set(params.accountId, params.accountId)
  const functions = new Map(anomalies.filter((a) => a.functionId !== null).map((a) => [a.functionId!, a.functionName!]))
  return (
    <div className="card toolbar" style={{ marginBottom: 16 }} role="search" aria-label={t('filters.label')}>
      <div className="field">
        <label htmlFor="filter-kind">{t('filters.kind')}</label>
        <select
          id="filter-kind"
          value={params.kind?.[0] ?? ''}
          onChange={(event) => onChange({ kind: event.target.value, open: null })}
        >
          <option value="">{t('filters.allKinds')}</option>
          {ANOMALY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kinds(kind)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-severity">{t('filters.severity')}</label>
        <select
          id="filter-severity"
          value={params.minSeverity ?? ''}
          onChange={(event) => onChange({ minSeverity: event.target.value, open: null })}
        >
          <option value="">{t('filters.any')}</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t('filters.orWorse', { severity: severities(severity) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-account">{t('filters.account')}</label>
        <select
          id="filter-account"
          value={params.accountId ?? ''}
          onChange={(event) => onChange({ accountId: event.target.value, open: null })}
        >
          <option value="">{t('filters.allAccounts')}</option>
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
        <label htmlFor="filter-function">{t('filters.function')}</label>
        <select
          id="filter-function"
          value={params.functionId ?? ''}
          onChange={(event) => onChange({ functionId: event.target.value, open: null })}
        >
          <option value="">{t('filters.allFunctions')}</option>
          {[...functions]
            .sort((a, b) => a[1].localeCompare(b[1]))
            .map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t('filters.status')}</label>
        <select
          id="filter-status"
          value={params.status ?? ''}
          onChange={(event) => onChange({ status: event.target.value, open: null })}
        >
          <option value="">{t('filters.any')}</option>
          <option value="open">{t('statuses.open')}</option>
          <option value="acknowledged">{t('statuses.acknowledged')}</option>
          <option value="muted">{t('statuses.muted')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sort">{t('filters.order')}</label>
        <select
          id="filter-sort"
          value={params.sort ?? 'extraCost'}
          onChange={(event) => onChange({ sort: event.target.value === 'extraCost' ? null : event.target.value })}
        >
          <option value="extraCost">{t('filters.byExtraCost')}</option>
          <option value="exposure">{t('filters.byExposure')}</option>
          <option value="period">{t('filters.byPeriod')}</option>
        </select>
      </div>
    </div>
  )
}

function IncidentTable({
  incidents,
  locale,
  open,
  onToggle,
}: {
  incidents: IncidentDto[]
  locale: Locale
  open: number | null
  onToggle: (id: number) => void
}) {
  const t = useTranslations('anomalies.list')
  const badges = useTranslations('anomalies.badges')
  const kinds = useTranslations('anomalyKinds')
  // A symptom reads as part of a sentence: its kind in lower case (Korean has none).
  const symptom = (s: IncidentDto['symptoms'][number]) =>
    s.usageType
      ? t('symptomOf', {
          kind: kinds(s.kind).toLowerCase(),
          usageType: s.usageType,
          amount: formatSmallUsd(s.impactUsd),
        })
      : t('symptom', { kind: kinds(s.kind).toLowerCase(), amount: formatSmallUsd(s.impactUsd) })
  return (
    <section className="card" aria-labelledby="incident-list-title">
      <header>
        <h2 id="incident-list-title">{t('count', { count: incidents.length })}</h2>
        <p>{t('hint')}</p>
      </header>
      <p className="muted" data-testid="money-and-severity">
        {t('money')} {t('severityRule', SEVERITY_RULE_VALUES)}
      </p>
      <DataTable
        label={t('table')}
        testId="incidents-table"
        columns={[
          { label: t('incident') },
          { label: t('scope') },
          { label: t('period') },
          { label: t('severity') },
          { label: t('extraCost'), numeric: true },
          { label: t('exposure'), numeric: true },
          { label: t('status') },
        ]}
      >
        {incidents.map((incident) => {
          const expanded = open === incident.id
          const { root } = incident
          return (
            <Fragment key={incident.id}>
              <tr>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-expanded={expanded}
                    aria-controls={`incident-${incident.id}`}
                    onClick={() => onToggle(incident.id)}
                  >
                    {expanded ? '▾' : '▸'} {kinds(root.kind)}
                  </button>
                  {incident.symptoms.length > 0 && (
                    <div className="muted">{t('seenAs', { symptoms: incident.symptoms.map(symptom).join(', ') })}</div>
                  )}
                </td>
                <td>
                  {root.functionId !== null ? (
                    <Link href={`/functions/${root.functionId}?from=${incident.firstDay}&to=${incident.lastDay}`}>
                      {root.functionName}
                    </Link>
                  ) : (
                    <span>{root.usageType ?? root.service}</span>
                  )}
                  <div className="muted">
                    <AccountName id={incident.accountId} name={incident.accountName} />
                    {root.region ? ` · ${root.region}` : ''}
                  </div>
                </td>
                <td>
                  {formatDay(incident.firstDay, locale)}
                  {incident.lastDay !== incident.firstDay && (
                    <div className="muted">{t('to', { day: formatDay(incident.lastDay, locale) })}</div>
                  )}
                </td>
                <td>
                  <SeverityBadge severity={incident.severity} />
                </td>
                <td className="num">{formatUsd(incident.extraCostUsd)}</td>
                <td className="num">
                  {incident.exposureUsd === null ? '—' : t('perMonth', { amount: formatUsd(incident.exposureUsd) })}
                </td>
                <td>
                  <span className={`badge ${incident.status === 'open' ? 'badge-accent' : ''}`}>
                    {badges(incident.status)}
                  </span>
                  {incident.statusBy && <div className="muted">{t('by', { name: incident.statusBy })}</div>}
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
