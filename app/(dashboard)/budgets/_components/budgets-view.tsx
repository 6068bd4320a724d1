'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { AccountName } from '@/components/ui/account-name'
import { IfAllowed } from '@/components/layout/if-allowed'
import { BudgetStatus } from '@/components/ui/budget-status'
import { InvalidLink } from '@/components/ui/invalid-link'
import { MonthPicker } from '@/components/ui/month-picker'
import { QueryView, Updating } from '@/components/ui/query-view'
import { addMonthsTo } from '@/lib/domain/calendar'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { budgetsSearch } from '@/lib/search-params/budgets'
import { functionDetailSearch } from '@/lib/search-params/functions'
import { formatMonth } from '@/lib/format'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import { formatDurationMs } from '@/lib/format-durations'
import { budgetQueries, budgetWrites } from '@/lib/query/budgets'
import { useWrite } from '@/lib/query/use-write'
import type { SuggestionDto } from '@/lib/schemas/functions'
import { RETRIED_PINGS_RULE } from '@/lib/domain/keep-warm/retried-pings'

export function BudgetsView() {
  const url = useUrlParams(budgetsSearch)
  const query = useQuery({
    ...budgetQueries.list(url.link.ok ? url.link.value : {}),
    placeholderData: keepPreviousData,
    enabled: url.link.ok,
  })
  const accept = useWrite(budgetWrites.create)
  const acceptSuggestion = ({ functionId, intervalMinutes, concurrency, pingDurationMs }: SuggestionDto) =>
    accept.mutate({
      functionId,
      intervalMinutes,
      concurrency,
      pingDurationMs,
      note: 'Accepted suggestion',
      source: 'suggestion',
    })
  if (!url.link.ok)
    return (
      <InvalidLink
        title="Keep-warm budgets"
        problem={url.link.message}
        defaultHref="/budgets"
        defaultLabel="Open the budgets of the month in progress"
      />
    )
  return (
    <QueryView query={query} subject="the budgets" loadingLabel="Loading budgets" height={400}>
      {({ month: selected, months, budgets, suggestions }) => {
        const month = budgets.find((budget) => budget.month)?.month
        const previous = selected ? addMonthsTo(selected, -1) : null
        return (
          <>
            <header className="page-header">
              <div>
                <h1>Keep-warm budgets{selected ? ` · ${formatMonth(selected)}` : ''}</h1>
                <p data-testid="budgets-period">
                  What each keep-warm is expected to cost (schedule × pings × duration × memory × price) against what
                  its pings really cost
                  {month
                    ? `, ${formatMonth(month.month)}${month.complete ? ' (the whole month)' : ` to day ${month.daysElapsed} of ${month.daysInMonth}`}`
                    : ''}
                  .
                  <Updating query={query} />
                </p>
                <p data-testid="keep-warm-actual-rule">{RETRIED_PINGS_RULE}</p>
              </div>
              {selected && months.length > 0 && (
                <MonthPicker month={selected} months={months} onChange={(next) => url.set({ month: next })} />
              )}
            </header>
            <div className="grid">
              <section className="card" aria-labelledby="budgets-title">
                <header>
                  <h2 id="budgets-title">{budgets.length} budgets</h2>
                  <p>Edit a budget on its function’s page</p>
                </header>
                <table className="table" data-testid="budgets-table">
                  <thead>
                    <tr>
                      <th scope="col">Function</th>
                      <th scope="col">Budget</th>
                      <th scope="col" className="num">
                        Expected, 30 days
                      </th>
                      <th scope="col" className="num">
                        {month?.complete ? 'Budget' : 'Budget to date'}
                      </th>
                      <th scope="col" className="num">
                        Actual
                      </th>
                      <th scope="col" className="num">
                        {month?.complete ? 'Result' : 'Projected'}
                      </th>
                      <th scope="col">{previous ? formatMonth(previous) : 'Month before'}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {budgets.map((budget) => {
                      return (
                        <tr key={budget.functionId}>
                          <td>
                            <Link
                              href={`/functions/${budget.functionId}${functionDetailSearch.search({ budgetMonth: selected ?? undefined })}`}
                            >
                              {budget.functionName}
                            </Link>
                            <div className="muted">
                              <AccountName id={budget.accountId} name={budget.accountName} /> · {budget.region}
                            </div>
                          </td>
                          <td>
                            every {budget.intervalMinutes} min × {budget.concurrency},{' '}
                            {formatDurationMs(budget.pingDurationMs)}, {budget.effectiveMemoryMb} MB
                          </td>
                          <td className="num">{formatSmallUsd(budget.formula.totalUsd)}</td>
                          <td className="num">{budget.month ? formatSmallUsd(budget.month.mtdExpectedUsd) : '—'}</td>
                          <td className="num">{budget.month ? formatSmallUsd(budget.month.mtdActualUsd) : '—'}</td>
                          <td className="num" data-testid="budget-result">
                            {budget.month ? formatSmallUsd(budget.month.projectedUsd) : '—'}{' '}
                            {budget.month && <BudgetStatus month={budget.month} />}
                          </td>
                          <td data-testid="budget-previous-month">
                            {budget.previousMonth ? (
                              <>
                                <BudgetStatus month={budget.previousMonth} />
                                <div className="muted">
                                  {formatSmallUsd(budget.previousMonth.projectedUsd)} of{' '}
                                  {formatSmallUsd(budget.previousMonth.expectedUsd)}
                                </div>
                              </>
                            ) : (
                              '—'
                            )}
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </section>
              <section className="card" aria-labelledby="suggestions-title">
                <header>
                  <h2 id="suggestions-title">Suggested budgets</h2>
                  <p>Functions without a budget whose invocations repeat on a schedule in nearly every hour</p>
                </header>
                {accept.isError && (
                  <p className="state-error" role="alert">
                    {accept.error.message}
                  </p>
                )}
                {suggestions.length === 0 ? (
                  <p className="muted">None.</p>
                ) : (
                  <table className="table" data-testid="suggestions-table">
                    <thead>
                      <tr>
                        <th scope="col">Function</th>
                        <th scope="col">Looks like</th>
                        <th scope="col" className="num">
                          Expected, 30 days
                        </th>
                        <th scope="col">Formula</th>
                        <th scope="col">
                          <span className="visually-hidden">Action</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {suggestions.map((suggestion) => (
                        <tr key={suggestion.functionId}>
                          <td>
                            <Link href={`/functions/${suggestion.functionId}`}>{suggestion.functionName}</Link>
                            <div className="muted">
                              <AccountName id={suggestion.accountId} name={suggestion.accountName} /> ·{' '}
                              {suggestion.region}
                            </div>
                          </td>
                          <td>
                            every {suggestion.intervalMinutes} min × {suggestion.concurrency} ({suggestion.pingsPerHour}
                            /h in {suggestion.hoursMatching} of {suggestion.hoursObserved} h),{' '}
                            {formatDurationMs(suggestion.pingDurationMs)}{' '}
                            <span className="muted">
                              {suggestion.durationSource === 'measured' ? 'measured' : 'function average'}
                            </span>
                          </td>
                          <td className="num">{formatSmallUsd(suggestion.formula.totalUsd)}</td>
                          <td className="formula">
                            {suggestion.formula.lineItems.map((item) => item.formula).join(' + ')}
                          </td>
                          <td>
                            <IfAllowed write={budgetWrites.create}>
                              <button
                                type="button"
                                className="button"
                                disabled={accept.isPending}
                                onClick={() => acceptSuggestion(suggestion)}
                              >
                                Create budget
                              </button>
                            </IfAllowed>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            </div>
          </>
        )
      }}
    </QueryView>
  )
}
