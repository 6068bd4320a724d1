'use client'

import { TableScroll } from '@/components/ui/table-scroll'
import { deltaClass, formatMonth, formatPct, formatSignedUsd, formatUsd } from '@/lib/format'
import { showbackCsvHref } from '@/lib/query/teams'
import type { ShowbackResponse } from '@/lib/schemas/teams'

type Line = ShowbackResponse['teams'][number]

const SPLIT_NAMES: Record<string, string> = {
  even: 'evenly',
  proportional: 'in proportion to direct cost',
  fixed: 'by fixed percentages',
}

/** The month's statement: every team and unallocated (always shown), the shared pools with their method, the CSV. */
export function ShowbackStatement({ statement, team }: { statement: ShowbackResponse; team: string | undefined }) {
  const lines: Line[] = [...statement.teams, statement.unallocated]
  const picked = lines.find((line) => line.team === team)
  return (
    <section className="card" aria-labelledby="showback-title" data-testid="showback">
      <header>
        <h2 id="showback-title">Showback statement · {formatMonth(statement.month)}</h2>
        <p>
          Total {formatUsd(statement.totalUsd)}, against {formatMonth(statement.previousMonth)}
          {statement.coverage !== null && <> · tag coverage {formatPct(Number(statement.coverage) * 100)}</>} ·{' '}
          <a className="button" href={showbackCsvHref(statement.month)} download data-testid="download-showback">
            Download showback CSV
          </a>
        </p>
      </header>
      <TableScroll label="Showback statement">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col" className="num">
                Direct
              </th>
              <th scope="col" className="num">
                Shared
              </th>
              <th scope="col" className="num">
                Total
              </th>
              <th scope="col" className="num">
                {formatMonth(statement.previousMonth)}
              </th>
              <th scope="col" className="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr
                key={line.team}
                data-team={line.team}
                aria-current={line.team === team ? 'true' : undefined}
                className={line.team === team ? 'selected' : undefined}
              >
                <th scope="row">{line.team === 'unallocated' ? 'Unallocated (untagged)' : line.team}</th>
                <td className="num">{formatUsd(line.directUsd)}</td>
                <td className="num">{formatUsd(line.sharedUsd)}</td>
                <td className="num">
                  <strong>{formatUsd(line.totalUsd)}</strong>
                </td>
                <td className="num">{formatUsd(line.previousTotalUsd)}</td>
                <td className={`num ${deltaClass(line.changeUsd)}`}>{formatSignedUsd(line.changeUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">
        Unallocated includes {formatUsd(statement.unallocated.lambdaNotInFunctionsUsd)} of Lambda billed beyond (or
        below) the per-function estimates. {statement.method}
      </p>
      {statement.pools.map((pool) => (
        <p key={pool.name} className="muted">
          {pool.name}: {formatUsd(pool.amountUsd)} split {SPLIT_NAMES[pool.method] ?? pool.method} (
          {pool.shares.map((share) => `${share.team} ${formatUsd(share.usd)}`).join(', ')}).
        </p>
      ))}
      {picked && picked.topFunctions.length > 0 && (
        <div data-testid="team-functions">
          <h3>{picked.team === 'unallocated' ? 'Unallocated' : picked.team}: costliest functions</h3>
          <ul>
            {picked.topFunctions.map((fn) => (
              <li key={`${fn.accountId}/${fn.region}/${fn.name}`}>
                {fn.name}{' '}
                <span className="muted">
                  ({fn.region}, {fn.accountId})
                </span>{' '}
                {formatUsd(fn.costUsd)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
