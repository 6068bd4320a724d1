'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { LoadingBlock } from '@/components/ui/states'
import { lastDayOf } from '@/lib/domain/calendar'
import { centsThatAddUp } from '@/lib/domain/insights/cents-that-add-up'
import { deltaClass, formatMonth, formatSignedUsd, formatUsd } from '@/lib/format'
import { overviewQueries } from '@/lib/query/overview'

/** "AWS Lambda +$300" read as its causes: the per-function change decomposition summed per driver. */
export function LambdaChangeCard({ month, requestedMonth }: { month: string; requestedMonth: string | undefined }) {
  const query = useQuery({ ...overviewQueries.lambdaChange(requestedMonth), placeholderData: keepPreviousData })
  const change = query.data
  const comparedWith =
    change?.comparedWith === 'same_days_of_previous_month' ? 'the same days of last month' : 'last month'
  const shown = change?.drivers.filter((driver) => !driver.negligible) ?? []
  const negligible = change?.drivers.filter((driver) => driver.negligible) ?? []
  // The rows' cents add up to the change shown above them, the sub-cent drivers left out included.
  const cents = change
    ? centsThatAddUp(
        shown.map((driver) => driver.usd),
        change.changeUsd,
      )
    : []
  return (
    <section className="card" aria-labelledby="lambda-change-title" data-testid="lambda-change">
      <header>
        <h2 id="lambda-change-title">Why AWS Lambda changed</h2>
        <p>
          {formatMonth(month)} against {comparedWith}; per-function estimates at list price
        </p>
      </header>
      {query.isError ? (
        <p className="state-error" role="alert">
          Could not explain the change: {query.error.message}
        </p>
      ) : !change ? (
        <LoadingBlock height={120} label="Loading the change by cause" />
      ) : shown.length === 0 ? (
        <p className="muted">The functions cost the same as before, to the cent: nothing to explain.</p>
      ) : (
        <>
          <p>
            Estimated {formatUsd(change.previousUsd)} → {formatUsd(change.currentUsd)} (
            <strong>{formatSignedUsd(change.changeUsd)}</strong>) over {change.functions} functions, by cause:
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Cause</th>
                <th scope="col" className="num">
                  Change
                </th>
                <th scope="col">Mostly from</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((driver, index) => (
                <tr key={driver.driver}>
                  <th scope="row">{driver.label}</th>
                  <td className={`num ${deltaClass(driver.usd)}`}>{formatSignedUsd(cents[index]!)}</td>
                  <td>
                    {driver.functions.map((fn, index) => (
                      <span key={fn.functionId}>
                        {index > 0 && ', '}
                        <Link href={`/functions/${fn.functionId}?from=${month}-01&to=${lastDayOf(month)}`}>
                          {fn.name}
                        </Link>{' '}
                        <span className="muted">{formatSignedUsd(fn.usd)}</span>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {negligible.length > 0 && (
            <p className="muted">Less than a cent each: {negligible.map((driver) => driver.label).join(', ')}.</p>
          )}
        </>
      )}
    </section>
  )
}
