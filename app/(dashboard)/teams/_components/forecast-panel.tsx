'use client'

import Link from 'next/link'
import { SpendBudgetStatus } from '@/components/ui/spend-budget-status'
import { TableScroll } from '@/components/ui/table-scroll'
import { formatDay, formatMonth, formatUsd } from '@/lib/format'
import type { ForecastResponse } from '@/lib/schemas/forecast'
import type { SpendBudgetDto } from '@/lib/schemas/spend-budgets'

/**
 * Where the month in progress will end for each team (or the one picked), with its band, the team's spend budget
 * and its status, and how the method did last month.
 */
export function ForecastPanel({
  forecast,
  team,
  budgets,
}: {
  forecast: ForecastResponse
  team: string | undefined
  budgets: SpendBudgetDto[]
}) {
  const groups = team ? forecast.groups.filter((group) => group.key === team) : forecast.groups
  const budgetOf = new Map(
    budgets.filter((budget) => budget.scope.kind === 'team').map((budget) => [budget.scope.key, budget]),
  )
  const backtest = forecast.backtest
  return (
    <section className="card" aria-labelledby="forecast-title" data-testid="team-forecast">
      <header>
        <h2 id="forecast-title">Month-end forecast · {formatMonth(forecast.month)}</h2>
        <p>{forecast.asOf ? `Cost data through ${formatDay(forecast.asOf)}` : 'No cost data yet'}</p>
      </header>
      {groups.length === 0 ? (
        <p className="muted">{team ? `${team} has no cost this month.` : 'No cost this month.'}</p>
      ) : (
        <TableScroll label="Forecast by team">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col" className="num">
                  Month to date
                </th>
                <th scope="col" className="num">
                  Forecast
                </th>
                <th scope="col" className="num">
                  80% band
                </th>
                <th scope="col" className="num">
                  Spend budget
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.key} data-team={group.key}>
                  <th scope="row">{group.key}</th>
                  <td className="num">{formatUsd(group.actualToDate)}</td>
                  <td className="num">
                    <strong>{formatUsd(group.forecast)}</strong>
                  </td>
                  <td className="num">
                    {formatUsd(group.low)} – {formatUsd(group.high)}
                  </td>
                  <BudgetCells budget={budgetOf.get(group.key)} />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="muted">
        {forecast.method} Spend budgets are set on the{' '}
        <Link className="text-link" href="/budgets/spend">
          Budgets
        </Link>{' '}
        page.
      </p>
      {backtest && (
        <p className="muted" data-testid="forecast-backtest">
          Last month ({formatMonth(backtest.month)}, all teams): forecast on day 7{' '}
          {formatUsd(backtest.forecastOnDay[7])}, day 14 {formatUsd(backtest.forecastOnDay[14])}, day 21{' '}
          {formatUsd(backtest.forecastOnDay[21])}; it cost {formatUsd(backtest.actual)}.
        </p>
      )}
      {!forecast.calendarKnown && (
        <p className="muted">
          The Korean holiday calendar for some remaining days is not published yet: they were forecast as ordinary days.
        </p>
      )}
    </section>
  )
}

function BudgetCells({ budget }: { budget: SpendBudgetDto | undefined }) {
  if (!budget) {
    return (
      <>
        <td className="num muted">—</td>
        <td className="muted">No budget</td>
      </>
    )
  }
  return (
    <>
      <td className="num">{budget.budgetUsd === null ? '—' : formatUsd(budget.budgetUsd)}</td>
      <td data-testid="team-budget-status">
        <SpendBudgetStatus status={budget.status} />
      </td>
    </>
  )
}
