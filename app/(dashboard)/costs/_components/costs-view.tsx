'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'next/navigation'
import { KpiCard } from '@/components/ui/kpi-card'
import { QueryView, Updating } from '@/components/ui/query-view'
import { DataSources } from '@/components/ui/data-sources'
import { EmptyState } from '@/components/ui/states'
import type { CostQuery } from '@/lib/domain/costs/dimensions'
import { breadcrumbs, drillInto } from '@/lib/domain/costs/drill-down'
import { costQueryParams } from '@/lib/domain/costs/query-params'
import type { CostBreakdown, CostGroup } from '@/lib/domain/costs/shape-cost-breakdown'
import { DEFAULT_SORT, type GroupSort, sortParam } from '@/lib/domain/costs/sort-groups'
import { deltaClass, formatDay, formatPct, formatRange, formatSignedUsd, formatUsd } from '@/lib/format'
import { costsQueries } from '@/lib/query/costs'
import { hasComparisonData } from '@/lib/domain/costs/periods'
import { readCostsPage } from '@/lib/search-params/costs'
import styles from '../costs.module.css'
import { BreakdownChart } from './breakdown-chart'
import { BreakdownTable } from './breakdown-table'
import { ChangeDecomposition } from './change-decomposition'
import { CostBreadcrumbs } from './cost-breadcrumbs'
import { CostsControls } from './costs-controls'
import { DownloadLinks } from './download-links'
import { TopMovers } from './top-movers'

export function costsHref(query: CostQuery, sort: GroupSort = DEFAULT_SORT): string {
  const params = costQueryParams(query)
  if (sortParam(sort) !== sortParam(DEFAULT_SORT)) params.set('sort', sortParam(sort))
  return `/costs?${params}`
}

export type Navigate = {
  href: (query: CostQuery, sort?: GroupSort) => string
  go: (query: CostQuery, sort?: GroupSort) => void
}

export function CostsView() {
  const searchParams = useSearchParams()
  const { query, sort, problem } = readCostsPage(searchParams)
  const result = useQuery({ ...costsQueries.breakdown(query), placeholderData: keepPreviousData })

  // Every change of view only updates the URL (shareable); react-query fetches the matching API answer.
  const navigate: Navigate = {
    href: (next, nextSort = sort) => costsHref(next, nextSort),
    go: (next, nextSort = sort) => window.history.pushState(null, '', costsHref(next, nextSort)),
  }

  return (
    <QueryView query={result} subject="the costs" loadingLabel="Loading costs" height={400}>
      {(data) => {
        // Links carry the range the server resolved, so a copied link keeps meaning the same days.
        const base: CostQuery = {
          from: data.from,
          to: data.to,
          granularity: data.granularity,
          groupBy: data.groupBy,
          filters: data.filters,
        }
        return (
          <>
            <header className="page-header">
              <div>
                <h1>
                  Costs · {formatRange(data.from, data.to)}
                  {data.estimated && (
                    <>
                      {' '}
                      <span
                        className="badge badge-accent"
                        title="Per-function amounts are estimated from CloudWatch metrics × configuration × list price"
                      >
                        Estimated
                      </span>
                    </>
                  )}
                </h1>
                <p>
                  {data.dataThrough ? `Cost data through ${formatDay(data.dataThrough)}` : 'No cost data yet'}
                  {data.estimatedDays.length > 0 && (
                    <>
                      {' · '}
                      <span
                        className="badge badge-warn"
                        data-testid="estimated-days"
                        title="AWS restates estimated days for a few days after they end"
                      >
                        {data.estimatedDays.length} {data.estimatedDays.length === 1 ? 'day' : 'days'} still estimated
                        by AWS
                      </span>
                    </>
                  )}
                  <Updating query={result} />
                </p>
              </div>
              <DownloadLinks query={base} />
            </header>
            {problem && (
              <p className="banner banner-demo" role="alert">
                This link has a problem ({problem}); showing the default view instead.
              </p>
            )}
            <CostBreadcrumbs crumbs={breadcrumbs(base, data.labels)} navigate={navigate} />
            <section className="card" aria-label="View" style={{ marginBottom: 16 }}>
              <CostsControls data={data} query={base} navigate={navigate} />
            </section>
            {data.notes.length > 0 && (
              <div className={styles.note} role="note" data-testid="cost-notes">
                <ul>
                  {data.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </div>
            )}
            {data.availableMonths.length === 0 ? (
              <EmptyState title="No cost data yet">
                <DataSources />
              </EmptyState>
            ) : (
              <CostsBody data={data} query={base} sort={sort} navigate={navigate} />
            )}
          </>
        )
      }}
    </QueryView>
  )
}

function comparedWith(data: CostBreakdown): string {
  const { comparison } = data
  if (comparison.basis === 'previous_months') return `vs ${formatRange(comparison.from, comparison.to)}`
  if (comparison.basis === 'same_days_of_previous_months')
    return `vs the same days (${formatRange(comparison.from, comparison.to)})`
  return `vs the ${formatRange(comparison.from, comparison.to)} before`
}

function CostsBody({
  data,
  query,
  sort,
  navigate,
}: {
  data: CostBreakdown
  query: CostQuery
  sort: GroupSort
  navigate: Navigate
}) {
  const { total } = data
  const byKey = new Map(data.groups.map((group) => [group.key, group]))
  const comparable = hasComparisonData(data.comparison, data.availableMonths)
  const up = comparable ? byKey.get(data.movers.up[0] ?? '') : undefined
  const down = comparable ? byKey.get(data.movers.down[0] ?? '') : undefined
  const drill = (group: CostGroup) => drillInto(query, group)
  const focused = data.filters.function?.length === 1 ? data.filters.function[0]! : null
  const focusedChange = focused ? data.functionChanges[focused] : undefined
  return (
    <div className="grid">
      <div className="grid grid-4">
        <KpiCard
          testId="kpi-total"
          label={data.estimated ? 'Total (estimated)' : 'Total'}
          value={formatUsd(total.currentUsd)}
          sub={`${formatUsd(total.previousUsd)} ${comparedWith(data)}`}
        />
        {comparable ? (
          <KpiCard
            testId="kpi-change"
            label="Change"
            value={<span className={deltaClass(total.changeUsd)}>{formatSignedUsd(total.changeUsd)}</span>}
            sub={`${formatPct(total.changePct, { signed: true })} ${comparedWith(data)}`}
          />
        ) : (
          <KpiCard testId="kpi-change" label="Change" value="—" sub={`no data to compare ${comparedWith(data)}`} />
        )}
        <KpiCard
          testId="kpi-up"
          label="Biggest increase"
          value={up ? formatSignedUsd(up.changeUsd) : '—'}
          sub={up?.label ?? (comparable ? 'nothing went up' : 'no data to compare')}
        />
        <KpiCard
          testId="kpi-down"
          label="Biggest decrease"
          value={down ? formatSignedUsd(down.changeUsd) : '—'}
          sub={down?.label ?? (comparable ? 'nothing went down' : 'no data to compare')}
        />
      </div>

      {focused && focusedChange && (
        <ChangeDecomposition
          name={data.labels.function[focused]?.name ?? focused}
          change={focusedChange}
          comparedWith={comparedWith(data)}
        />
      )}

      <BreakdownChart data={data} />

      {/* The table takes the page's width (its columns were cut at 1440 px beside the movers), the movers below it. */}
      <BreakdownTable data={data} sort={sort} query={query} drill={drill} navigate={navigate} comparable={comparable} />
      <TopMovers data={data} drill={drill} navigate={navigate} comparable={comparable} />
    </div>
  )
}
