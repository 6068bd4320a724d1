'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { HorizontalBarChart } from '@/components/charts/horizontal-bar-chart'
import { StackedBarChart } from '@/components/charts/stacked-bar-chart'
import { StackedTable } from '@/components/charts/stacked-table'
import { AccountName } from '@/components/ui/account-name'
import { DataSources } from '@/components/ui/data-sources'
import { InvalidLink } from '@/components/ui/invalid-link'
import { KpiCard } from '@/components/ui/kpi-card'
import { MonthPicker } from '@/components/ui/month-picker'
import { QueryView, Updating } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/states'
import { hasDataFor } from '@/lib/domain/aggregation/months-with-data'
import type { Overview } from '@/lib/domain/aggregation/summarize-overview'
import { chartNumber, deltaClass, formatDay, formatMonth, formatPct, formatSignedUsd, formatUsd } from '@/lib/format'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { overviewQueries } from '@/lib/query/overview'
import { functionDetailSearch } from '@/lib/search-params/functions'
import { overviewSearch } from '@/lib/search-params/overview'
import { LambdaChangeCard } from './lambda-change-card'
import { NoDataForMonth } from './no-data-for-month'
import { SpendBudgetsCard } from './spend-budgets-card'

export function OverviewView() {
  const url = useUrlParams(overviewSearch)
  const month = url.link.ok ? url.link.value.month : undefined
  const query = useQuery({ ...overviewQueries.month(month), placeholderData: keepPreviousData, enabled: url.link.ok })

  // Month changes stay on the client: the URL updates (shareable) and react-query fetches the API.
  const selectMonth = (next: string) => url.set({ month: next })

  if (!url.link.ok)
    return (
      <InvalidLink
        title="Overview"
        problem={url.link.message}
        defaultHref="/"
        defaultLabel="Open the overview of the last complete month"
      />
    )

  return (
    <QueryView query={query} subject="the overview" loadingLabel="Loading overview" height={400}>
      {(overview) => (
        <>
          <header className="page-header">
            <div>
              <h1>Overview · {formatMonth(overview.month)}</h1>
              <p>
                {overview.dataThrough ? `Cost data through ${formatDay(overview.dataThrough)}` : 'No cost data yet'}
                {overview.estimatedDays > 0 && (
                  <>
                    {' · '}
                    <span
                      className="badge badge-warn"
                      title="AWS restates estimated days for a few days after they end"
                    >
                      {overview.estimatedDays} estimated {overview.estimatedDays === 1 ? 'day' : 'days'}
                    </span>
                  </>
                )}
                <Updating query={query} />
              </p>
            </div>
            {overview.availableMonths.length > 0 && (
              <MonthPicker month={overview.month} months={overview.availableMonths} onChange={selectMonth} />
            )}
          </header>
          {overview.availableMonths.length === 0 ? (
            <EmptyState title="No cost data yet">
              <DataSources />
            </EmptyState>
          ) : !hasDataFor(overview.availableMonths, overview.month) ? (
            <NoDataForMonth month={overview.month} months={overview.availableMonths} />
          ) : (
            <OverviewBody overview={overview} requestedMonth={month} />
          )}
        </>
      )}
    </QueryView>
  )
}

function OverviewBody({ overview, requestedMonth }: { overview: Overview; requestedMonth: string | undefined }) {
  const { total } = overview
  const comparedWith =
    overview.total.comparedWith === 'same_days_of_previous_month' ? 'vs the same days of last month' : 'vs last month'
  const trendData = overview.trend.rows.map((row) => ({
    label: formatMonth(row.month),
    ...Object.fromEntries(Object.entries(row.byService).map(([service, value]) => [service, chartNumber(value)])),
  }))
  return (
    <div className="grid">
      <div className="grid grid-4">
        <KpiCard
          testId="kpi-total"
          label={overview.isPartialMonth ? 'Total, month to date' : 'Total'}
          value={formatUsd(total.currentUsd)}
          sub={`${formatUsd(total.previousUsd)} last month`}
        />
        <KpiCard
          testId="kpi-change"
          label="Change"
          value={<span className={deltaClass(total.changeUsd)}>{formatSignedUsd(total.changeUsd)}</span>}
          sub={`${formatPct(total.changePct, { signed: true })} ${comparedWith}`}
        />
        <KpiCard
          testId="kpi-lambda"
          label="AWS Lambda"
          value={formatUsd(overview.lambdaUsd)}
          sub={`${formatPct(overview.lambdaSharePct)} of the month`}
        />
        <KpiCard
          testId="kpi-top-function"
          label="Most expensive function"
          value={overview.topFunctions[0] ? formatUsd(overview.topFunctions[0].costUsd) : '—'}
          sub={overview.topFunctions[0]?.name ?? 'no Lambda metrics this month'}
        />
      </div>

      <SpendBudgetsCard month={overview.month} />

      <section className="card" aria-labelledby="trend-title">
        <header>
          <h2 id="trend-title">Cost by service, last 13 months</h2>
          <p>Unblended cost as Cost Explorer reports it</p>
        </header>
        <StackedBarChart
          data={trendData}
          series={overview.trend.services}
          ariaLabel="Monthly cost by service, last 13 months"
        />
        <StackedTable
          rowHeader="Month"
          series={overview.trend.services}
          rows={overview.trend.rows.map((row) => ({
            key: row.month,
            label: formatMonth(row.month),
            amounts: row.byService,
            totalUsd: row.totalUsd,
          }))}
        />
      </section>

      <LambdaChangeCard month={overview.month} requestedMonth={requestedMonth} />

      <div className="grid grid-2">
        <section className="card" aria-labelledby="lambda-title">
          <header>
            <h2 id="lambda-title">AWS Lambda by usage type</h2>
            <p>{formatMonth(overview.month)}, billed</p>
          </header>
          {overview.lambdaByCategory.length === 0 ? (
            <EmptyState title="No Lambda charges this month" />
          ) : (
            <>
              <HorizontalBarChart
                ariaLabel="Lambda cost by usage type"
                data={overview.lambdaByCategory.map((row) => ({ label: row.label, value: chartNumber(row.costUsd) }))}
              />
              <table className="table" data-testid="lambda-usage-table">
                <tbody>
                  {overview.lambdaByCategory.map((row) => (
                    <tr key={row.category}>
                      <th scope="row">{row.label}</th>
                      <td className="num">{formatUsd(row.costUsd)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td>Total</td>
                    <td className="num">{formatUsd(overview.lambdaUsd)}</td>
                  </tr>
                </tfoot>
              </table>
            </>
          )}
        </section>

        <section className="card" aria-labelledby="top-title">
          <header>
            <h2 id="top-title">Top 5 functions</h2>
            <p data-testid="top-functions-period">
              {formatMonth(overview.month)}, estimated from CloudWatch metrics × configuration at list price
            </p>
          </header>
          {overview.topFunctions.length === 0 ? (
            <EmptyState title="No function metrics this month" />
          ) : (
            <table className="table" data-testid="top-functions">
              <thead>
                <tr>
                  <th scope="col">Function</th>
                  <th scope="col">Region</th>
                  <th scope="col" className="num">
                    Estimated cost
                  </th>
                  <th scope="col" className="num">
                    Share
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.topFunctions.map((fn) => (
                  <tr key={fn.id}>
                    <td>
                      <Link href={`/functions/${fn.id}${functionDetailSearch.search({ month: overview.month })}`}>
                        {fn.name}
                      </Link>
                      <div className="muted">
                        <AccountName id={fn.accountId} name={fn.accountName} />
                      </div>
                    </td>
                    <td>{fn.region}</td>
                    <td className="num">{formatUsd(fn.costUsd)}</td>
                    <td className="num">{formatPct(fn.sharePct)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  )
}
