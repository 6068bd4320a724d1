'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { InvalidLink } from '@/components/ui/invalid-link'
import { MonthPicker } from '@/components/ui/month-picker'
import { QueryView, Updating } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/states'
import { formatMonth } from '@/lib/format'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { spendBudgetQueries } from '@/lib/query/spend-budgets'
import { forecastQueries, teamsQueries } from '@/lib/query/teams'
import { teamsPageSearch } from '@/lib/search-params/teams'
import { ForecastPanel } from './forecast-panel'
import { ShowbackStatement } from './showback-statement'

export function TeamsView() {
  const url = useUrlParams(teamsPageSearch)
  const month = url.link.ok ? url.link.value.month : undefined
  const team = url.link.ok ? url.link.value.team : undefined
  const showback = useQuery({
    ...teamsQueries.showback(month),
    placeholderData: keepPreviousData,
    enabled: url.link.ok,
  })
  const forecast = useQuery({ ...forecastQueries.month(undefined, 'team'), enabled: url.link.ok })
  // The spend budgets of the same month as the forecast (the month in progress); none while they load.
  const budgets = useQuery({ ...spendBudgetQueries.month(undefined), enabled: url.link.ok })

  if (!url.link.ok)
    return (
      <InvalidLink
        title="Teams"
        problem={url.link.message}
        defaultHref="/teams"
        defaultLabel="Open the teams of the last complete month"
      />
    )

  return (
    <QueryView query={showback} subject="the showback statement" loadingLabel="Loading the teams" height={400}>
      {(statement) => {
        const teams = [...statement.teams.map((line) => line.team), 'unallocated']
        return (
          <>
            <header className="page-header">
              <div>
                <h1>Teams · {formatMonth(statement.month)}</h1>
                <p>
                  Showback: what each team spent, with shared costs split and the unallocated shown
                  <Updating query={showback} />
                </p>
              </div>
              <div className="toolbar">
                <label htmlFor="team-select">Team</label>
                <select
                  id="team-select"
                  className="button"
                  value={team ?? ''}
                  onChange={(event) => url.set({ team: event.target.value || null })}
                >
                  <option value="">All teams</option>
                  {teams.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
                {statement.availableMonths.length > 0 && (
                  <MonthPicker
                    month={statement.month}
                    months={statement.availableMonths}
                    onChange={(next) => url.set({ month: next })}
                  />
                )}
              </div>
            </header>
            {statement.availableMonths.length === 0 ? (
              <EmptyState title="No cost data yet">
                <p>Load the demo dataset from Settings, or ingest your AWS account&apos;s Cost Explorer data.</p>
              </EmptyState>
            ) : (
              <div className="grid">
                <QueryView query={forecast} subject="the forecast" loadingLabel="Loading the forecast" height={160}>
                  {(data) => <ForecastPanel forecast={data} team={team} budgets={budgets.data?.budgets ?? []} />}
                </QueryView>
                <ShowbackStatement statement={statement} team={team} />
              </div>
            )}
          </>
        )
      }}
    </QueryView>
  )
}
