'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { useState } from 'react'
import { AccountName } from '@/components/ui/account-name'
import { DataSources } from '@/components/ui/data-sources'
import { DateRangeFields } from '@/components/ui/date-range-fields'
import { InvalidLink } from '@/components/ui/invalid-link'
import { QueryView, Updating } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/states'
import { RETRIED_PINGS_RULE } from '@/lib/domain/keep-warm/retried-pings'
import { periodParams } from '@/lib/domain/periods/selected-period'
import {
  deltaClass,
  formatAccount,
  formatCount,
  formatPct,
  formatRange,
  formatSignedUsd,
  formatUsd,
} from '@/lib/format'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { type FunctionListParams, functionQueries } from '@/lib/query/functions'
import type { FunctionsResponse } from '@/lib/schemas/functions'
import { anomaliesPageSearch } from '@/lib/search-params/anomalies'
import { functionDetailSearch, functionsSearch } from '@/lib/search-params/functions'
import { TableScroll } from '@/components/ui/table-scroll'

const SORTS = [
  { value: 'cost', label: 'Estimated cost' },
  { value: 'change', label: 'Change' },
  { value: 'errors', label: 'Errors' },
  { value: 'name', label: 'Name' },
] as const

export function FunctionsView() {
  const url = useUrlParams(functionsSearch)
  const query = useQuery({
    ...functionQueries.list(url.link.ok ? url.link.value : {}),
    placeholderData: keepPreviousData,
    enabled: url.link.ok,
  })
  if (!url.link.ok)
    return (
      <InvalidLink
        title="Functions"
        problem={url.link.message}
        defaultHref="/functions"
        defaultLabel="Open the functions of the last complete month"
      />
    )
  const params = url.link.value
  return (
    <QueryView query={query} subject="the functions" loadingLabel="Loading functions" height={400}>
      {(data) => (
        <>
          <header className="page-header">
            <div>
              <h1>Functions</h1>
              <p>
                <span data-testid="functions-period">{formatRange(data.from, data.to)}</span>, compared with{' '}
                {formatRange(data.previousFrom, data.previousTo)} · estimated from CloudWatch metrics × configuration at
                list price
                <Updating query={query} />
              </p>
            </div>
            <DateRangeFields
              from={data.from}
              to={data.to}
              onApply={(range) => url.set({ month: null, from: null, to: null, ...periodParams(range) })}
              idPrefix="functions-range"
            />
          </header>
          <Filters data={data} params={params} onChange={url.set} />
          {data.functions.length === 0 ? (
            <EmptyState title="No functions match">
              <p>Clear the filters or widen the range.</p>
              {data.accounts.length === 0 && <DataSources />}
            </EmptyState>
          ) : (
            <FunctionsTable data={data} sort={params.sort ?? 'cost'} order={params.order} />
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
  data: FunctionsResponse
  params: FunctionListParams
  onChange: (changes: Record<string, string | undefined>) => void
}) {
  const [name, setName] = useState(params.q ?? '')
  return (
    <div className="card toolbar" style={{ marginBottom: 16 }} role="search" aria-label="Filter functions">
      <div className="field">
        <label htmlFor="filter-account">Account</label>
        <select
          id="filter-account"
          value={params.accountId ?? ''}
          onChange={(event) => onChange({ accountId: event.target.value })}
        >
          <option value="">All accounts</option>
          {data.accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {formatAccount(account)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-region">Region</label>
        <select
          id="filter-region"
          value={params.region ?? ''}
          onChange={(event) => onChange({ region: event.target.value })}
        >
          <option value="">All regions</option>
          {data.regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </div>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault()
          onChange({ q: name })
        }}
      >
        <div className="field">
          <label htmlFor="filter-name">Name contains</label>
          <input
            id="filter-name"
            type="search"
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="e.g. api"
          />
        </div>
        <button type="submit" className="button" style={{ alignSelf: 'flex-end' }}>
          Search
        </button>
      </form>
      <div className="field">
        <label htmlFor="filter-sort">Sort by</label>
        <select
          id="filter-sort"
          value={params.sort ?? 'cost'}
          onChange={(event) => onChange({ sort: event.target.value })}
        >
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-order">Order</label>
        <select
          id="filter-order"
          value={params.order ?? (params.sort === 'name' ? 'asc' : 'desc')}
          onChange={(event) => onChange({ order: event.target.value })}
        >
          <option value="desc">Descending</option>
          <option value="asc">Ascending</option>
        </select>
      </div>
    </div>
  )
}

function FunctionsTable({ data, sort, order }: { data: FunctionsResponse; sort: string; order?: string }) {
  const ascending = (order ?? (sort === 'name' ? 'asc' : 'desc')) === 'asc'
  const ariaSort = (column: string) => (sort === column ? (ascending ? 'ascending' : 'descending') : undefined)
  const period = functionDetailSearch.search(periodParams(data))
  return (
    <section className="card" aria-labelledby="functions-title">
      <header>
        <h2 id="functions-title">
          {data.functions.length} functions · {formatRange(data.from, data.to)}
        </h2>
        <p data-testid="keep-warm-share-rule">
          Keep-warm share: ping cost over the function’s cost, where a budget or a schedule is known.{' '}
          {RETRIED_PINGS_RULE}
        </p>
      </header>
      <TableScroll label="Functions table">
        <table className="table" data-testid="functions-table">
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort('name')}>
                Function
              </th>
              <th scope="col">Account · region</th>
              <th scope="col">Configuration</th>
              <th scope="col" className="num" aria-sort={ariaSort('cost')}>
                Estimated cost
              </th>
              <th scope="col" className="num" aria-sort={ariaSort('change')}>
                Change
              </th>
              <th scope="col" className="num">
                Invocations
              </th>
              <th scope="col" className="num" aria-sort={ariaSort('errors')}>
                Errors
              </th>
              <th scope="col" className="num">
                Keep-warm share
              </th>
              <th scope="col" className="num">
                Open incidents
              </th>
            </tr>
          </thead>
          <tbody>
            {data.functions.map((fn) => (
              <tr key={fn.id}>
                <td>
                  <Link href={`/functions/${fn.id}${period}`}>{fn.name}</Link>
                </td>
                <td className="muted">
                  <AccountName id={fn.accountId} name={fn.accountName} /> · {fn.region}
                </td>
                <td className="muted">{fn.memoryMb ? `${formatCount(fn.memoryMb)} MB · ${fn.architecture}` : '—'}</td>
                <td className="num">{formatUsd(fn.costUsd)}</td>
                <td className="num">
                  <span className={deltaClass(fn.changeUsd)}>{formatSignedUsd(fn.changeUsd)}</span>
                  <div className="muted">{formatPct(fn.changePct, { signed: true })}</div>
                </td>
                <td className="num">{formatCount(fn.invocations)}</td>
                <td className="num">
                  {formatCount(fn.errors)}
                  <div className="muted">{fn.errorRatePct === null ? '—' : `${fn.errorRatePct.toFixed(2)}%`}</div>
                </td>
                <td className="num">
                  {fn.keepWarmSharePct === null ? '—' : formatPct(fn.keepWarmSharePct)}
                  {fn.hasBudget && <div className="muted">budgeted</div>}
                </td>
                <td className="num">
                  {fn.openIncidents > 0 ? (
                    <Link
                      className="badge badge-bad"
                      href={`/anomalies${anomaliesPageSearch.search({ from: data.from, to: data.to, functionId: fn.id, status: 'open' })}`}
                    >
                      {fn.openIncidents}
                    </Link>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
