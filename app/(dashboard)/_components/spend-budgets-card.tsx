'use client'

import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { QueryView } from '@/components/ui/query-view'
import { SpendBudgetStatus, spendBudgetScopeLabel } from '@/components/ui/spend-budget-status'
import { formatUsd } from '@/lib/format'
import { spendBudgetQueries } from '@/lib/query/spend-budgets'
import { spendBudgetsSearch } from '@/lib/search-params/spend-budgets'

/** The month's spend budgets at a glance: each one's forecast against its budget and its status. */
export function SpendBudgetsCard({ month }: { month: string }) {
  const query = useQuery(spendBudgetQueries.month(month))
  return (
    <section className="card" aria-labelledby="spend-budgets-card-title" data-testid="spend-budgets-card">
      <header>
        <h2 id="spend-budgets-card-title">Spend budgets</h2>
        <p>
          Forecast against budget ·{' '}
          <Link className="text-link" href={`/budgets/spend${spendBudgetsSearch.search({ month })}`}>
            all spend budgets
          </Link>
        </p>
      </header>
      <QueryView query={query} subject="the spend budgets" loadingLabel="Loading spend budgets" height={80}>
        {(data) =>
          data.budgets.length === 0 ? (
            <p className="muted">
              No spend budgets yet:{' '}
              <Link className="text-link" href={`/budgets/spend${spendBudgetsSearch.search({ month })}`}>
                set one
              </Link>{' '}
              for the total, a team, an account or a service.
            </p>
          ) : (
            <table className="table">
              <tbody>
                {data.budgets.map((budget) => (
                  <tr key={budget.id} data-scope={`${budget.scope.kind}:${budget.scope.key}`}>
                    <th scope="row">{spendBudgetScopeLabel(budget.scope)}</th>
                    <td className="num">
                      {formatUsd(budget.forecast)} of {budget.budgetUsd === null ? '—' : formatUsd(budget.budgetUsd)}
                    </td>
                    <td>
                      <SpendBudgetStatus status={budget.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </section>
  )
}
