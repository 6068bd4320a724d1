'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { AccountName } from '@/components/ui/account-name'
import { DateRangeFields } from '@/components/ui/date-range-fields'
import { InvalidLink } from '@/components/ui/invalid-link'
import { KpiCard } from '@/components/ui/kpi-card'
import { QueryView, Updating } from '@/components/ui/query-view'
import { formatCount, formatDay, formatPct, formatRange, formatUsd } from '@/lib/format'
import { periodParams } from '@/lib/domain/periods/selected-period'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { functionQueries } from '@/lib/query/functions'
import { functionDetailSearch, functionsSearch } from '@/lib/search-params/functions'
import { IncidentsPanel } from './incidents-panel'
import { ConfigPanel } from './config-panel'
import { FunctionTimeline } from './function-timeline'
import { KeepWarmPanel } from './keep-warm-panel'

export function FunctionView({ id }: { id: number }) {
  const url = useUrlParams(functionDetailSearch)
  const query = useQuery({
    ...functionQueries.detail(id, url.link.ok ? url.link.value : { granularity: 'day' }),
    placeholderData: keepPreviousData,
    enabled: url.link.ok,
  })
  if (!url.link.ok)
    return (
      <InvalidLink
        title="Function"
        problem={url.link.message}
        defaultHref={`/functions/${id}`}
        defaultLabel="Open this function’s last complete month"
      />
    )
  return (
    <QueryView query={query} subject="the function" loadingLabel="Loading function" height={400}>
      {(data) => {
        const { range, totals } = data
        const errorRate = totals.invocations > 0 ? (totals.errors / totals.invocations) * 100 : null
        return (
          <>
            <nav aria-label="Breadcrumb" className="muted" style={{ marginBottom: 6 }}>
              <Link
                href={`/functions${functionsSearch.search(periodParams(range))}`}
                style={{ textDecoration: 'underline' }}
              >
                Functions
              </Link>{' '}
              / {data.function.name}
            </nav>
            <header className="page-header">
              <div>
                <h1>{data.function.name}</h1>
                <p>
                  <AccountName id={data.function.accountId} name={data.function.accountName} /> · {data.function.region}{' '}
                  · <span data-testid="function-period">{formatRange(range.from, range.to)}</span>
                  <Updating query={query} />
                </p>
              </div>
              <div className="toolbar">
                <DateRangeFields
                  from={range.from}
                  to={range.to}
                  onApply={(next) => url.set({ month: null, from: null, to: null, ...periodParams(next) })}
                  idPrefix="function-range"
                />
                <div className="field">
                  <label htmlFor="granularity">Resolution</label>
                  <select
                    id="granularity"
                    value={range.granularity}
                    onChange={(event) =>
                      url.set({ granularity: event.target.value === 'day' ? null : event.target.value })
                    }
                  >
                    <option value="day">Daily</option>
                    <option value="hour">
                      Hourly{range.hourlyFrom ? ` (from ${formatDay(range.hourlyFrom)})` : ''}
                    </option>
                  </select>
                </div>
                <Link
                  className="button button-primary"
                  href={data.simulatorHref}
                  style={{ alignSelf: 'flex-end' }}
                  data-testid="simulator-link"
                >
                  Simulate alternatives with this workload
                </Link>
              </div>
            </header>
            <div className="grid">
              <div className="grid grid-4">
                <KpiCard
                  testId="kpi-function-cost"
                  label={range.granularity === 'hour' ? 'Estimated cost, hourly window' : 'Estimated cost'}
                  value={formatUsd(totals.costUsd)}
                  sub={`${formatRange(range.from, range.to)}, metrics × configuration at list price`}
                />
                <KpiCard
                  label="Invocations"
                  value={formatCount(totals.invocations)}
                  sub={`${formatCount(totals.throttles)} throttled`}
                />
                <KpiCard
                  label="Errors"
                  value={formatCount(totals.errors)}
                  sub={errorRate === null ? 'no invocations' : `${errorRate.toFixed(2)}% of invocations`}
                />
                <KpiCard
                  testId="kpi-keep-warm-share"
                  label="Keep-warm share"
                  value={data.keepWarm.shareOfCostPct === null ? '—' : formatPct(data.keepWarm.shareOfCostPct)}
                  sub={
                    data.keepWarm.scheduleSource
                      ? `${formatUsd(data.keepWarm.keepWarmUsd)} of pings in the range`
                      : 'no keep-warm schedule known'
                  }
                />
              </div>
              <FunctionTimeline data={data} />
              <KeepWarmPanel data={data} onSelectMonth={(month) => url.set({ budgetMonth: month })} />
              <div className="grid grid-2">
                <IncidentsPanel data={data} />
                <ConfigPanel data={data} />
              </div>
            </div>
          </>
        )
      }}
    </QueryView>
  )
}
