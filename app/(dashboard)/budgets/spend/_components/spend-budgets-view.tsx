'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { IfAllowed } from '@/components/layout/if-allowed'
import { InvalidLink } from '@/components/ui/invalid-link'
import { MonthPicker } from '@/components/ui/month-picker'
import { QueryView, Updating } from '@/components/ui/query-view'
import { SpendBudgetStatus, spendBudgetScopeLabel } from '@/components/ui/spend-budget-status'
import { TableScroll } from '@/components/ui/table-scroll'
import { formatDay, formatKrw, formatMonth, formatPct, formatUsd } from '@/lib/format'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { budgetsCsvHref, spendBudgetQueries, spendBudgetWrites } from '@/lib/query/spend-budgets'
import { teamsQueries } from '@/lib/query/teams'
import { useWrite } from '@/lib/query/use-write'
import type { SpendBudgetDto } from '@/lib/schemas/spend-budgets'
import { spendBudgetsSearch } from '@/lib/search-params/spend-budgets'
import { SpendBudgetForm } from './spend-budget-form'

const share = (value: string | null) => (value === null ? null : Number(value) * 100)

export function SpendBudgetsView() {
  const url = useUrlParams(spendBudgetsSearch)
  const month = url.link.ok ? url.link.value.month : undefined
  const query = useQuery({
    ...spendBudgetQueries.month(month),
    placeholderData: keepPreviousData,
    enabled: url.link.ok,
  })
  // The showback knows the months with data and the teams (for the month picker and the form).
  const showback = useQuery({ ...teamsQueries.showback(undefined), enabled: url.link.ok })
  const [editing, setEditing] = useState<number | 'new' | null>(null)
  const remove = useWrite(spendBudgetWrites.remove)

  if (!url.link.ok)
    return (
      <InvalidLink
        title="Spend budgets"
        problem={url.link.message}
        defaultHref="/budgets/spend"
        defaultLabel="Open the spend budgets of the latest month"
      />
    )
  const teams = showback.data ? [...showback.data.teams.map((line) => line.team), 'unallocated'] : []
  const months = showback.data?.availableMonths ?? []

  return (
    <QueryView query={query} subject="the spend budgets" loadingLabel="Loading spend budgets" height={300}>
      {(data) => (
        <>
          <header className="page-header">
            <div>
              <h1>Spend budgets · {formatMonth(data.month)}</h1>
              <p>
                What the total, a team, an account or a service may spend in a month, against its actual and month-end
                forecast
                {data.asOf ? ` (cost data through ${formatDay(data.asOf)})` : ''}
                <Updating query={query} />
              </p>
            </div>
            <div className="toolbar">
              {months.length > 0 && (
                <MonthPicker month={data.month} months={months} onChange={(next) => url.set({ month: next })} />
              )}
              <a className="button" href={budgetsCsvHref(data.month)} download data-testid="download-budgets">
                Download budget vs actual CSV
              </a>
            </div>
          </header>
          <section className="card" aria-labelledby="spend-budgets-title">
            <header>
              <h2 id="spend-budgets-title">
                {data.budgets.length === 1 ? '1 budget' : `${data.budgets.length} budgets`}
              </h2>
              <p>Over once actual passes the budget; forecast over while the month-end forecast does</p>
            </header>
            {editing === 'new' ? (
              <SpendBudgetForm teams={teams} onDone={() => setEditing(null)} />
            ) : (
              <IfAllowed write={spendBudgetWrites.create}>
                <p>
                  <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
                    New spend budget
                  </button>
                </p>
              </IfAllowed>
            )}
            {data.budgets.length === 0 ? (
              <p className="muted">No spend budgets yet.</p>
            ) : (
              <TableScroll label="Spend budgets">
                <table className="table" data-testid="spend-budgets-table">
                  <thead>
                    <tr>
                      <th scope="col">Budget for</th>
                      <th scope="col" className="num">
                        Budget
                      </th>
                      <th scope="col" className="num">
                        Month to date
                      </th>
                      <th scope="col" className="num">
                        Forecast
                      </th>
                      <th scope="col" className="num">
                        Used
                      </th>
                      <th scope="col">Status</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.budgets.map((budget) =>
                      editing === budget.id ? (
                        <tr key={budget.id}>
                          <td colSpan={7}>
                            <SpendBudgetForm budget={budget} teams={teams} onDone={() => setEditing(null)} />
                          </td>
                        </tr>
                      ) : (
                        <BudgetRow
                          key={budget.id}
                          budget={budget}
                          onEdit={() => setEditing(budget.id)}
                          onRemove={() => remove.mutate({ id: budget.id })}
                          removing={remove.isPending}
                        />
                      ),
                    )}
                  </tbody>
                </table>
              </TableScroll>
            )}
            {remove.error && (
              <p className="state-error" role="alert">
                {remove.error.message}
              </p>
            )}
            <p className="muted">{data.method}</p>
          </section>
        </>
      )}
    </QueryView>
  )
}

function BudgetRow({
  budget,
  onEdit,
  onRemove,
  removing,
}: {
  budget: SpendBudgetDto
  onEdit: () => void
  onRemove: () => void
  removing: boolean
}) {
  const label = spendBudgetScopeLabel(budget.scope)
  return (
    <tr data-scope={`${budget.scope.kind}:${budget.scope.key}`}>
      <th scope="row">{label}</th>
      <td className="num">
        {budget.monthlyKrw !== null ? formatKrw(budget.monthlyKrw) : formatUsd(budget.monthlyUsd!)}
        {budget.monthlyKrw !== null && budget.budgetUsd !== null && (
          <div className="muted">{formatUsd(budget.budgetUsd)}</div>
        )}
      </td>
      <td className="num">
        {formatUsd(budget.actual)}
        {budget.krw && <div className="muted">{formatKrw(budget.krw.actual)}</div>}
      </td>
      <td className="num">
        <strong>{formatUsd(budget.forecast)}</strong>
        {budget.krw && <div className="muted">{formatKrw(budget.krw.forecast)}</div>}
      </td>
      <td className="num">{formatPct(share(budget.usedShare))}</td>
      <td>
        <SpendBudgetStatus status={budget.status} />
      </td>
      <td>
        <IfAllowed write={spendBudgetWrites.update}>
          <div className="toolbar">
            <button type="button" className="button" onClick={onEdit} aria-label={`Change the budget for ${label}`}>
              Change
            </button>
            <button
              type="button"
              className="button"
              onClick={onRemove}
              disabled={removing}
              aria-label={`Remove the budget for ${label}`}
            >
              Remove
            </button>
          </div>
        </IfAllowed>
      </td>
    </tr>
  )
}
