'use client'

import Link from 'next/link'
import { Fragment } from 'react'
import type { CostQuery } from '@/lib/domain/costs/dimensions'
import { DIMENSION_LABELS } from '@/lib/domain/costs/dimensions'
import { type CostBreakdown, type CostGroup, valueLabel } from '@/lib/domain/costs/shape-cost-breakdown'
import { type GroupSort, type SortKey, sortGroups } from '@/lib/domain/costs/sort-groups'
import { DRIVER_LABELS } from '@/lib/domain/insights/decompose-change'
import { deltaClass, formatPct, formatSignedUsd, formatUsd } from '@/lib/format'
import { functionDetailSearch } from '@/lib/search-params/functions'
import { periodParams } from '@/lib/domain/periods/selected-period'
import styles from '../costs.module.css'
import type { Navigate } from './costs-view'
import { ViewLink } from './view-link'
import { TableScroll } from '@/components/ui/table-scroll'

// Enough rows to read; the CSV has all of them.
const MAX_ROWS = 500

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'cost', label: 'Cost' },
  { key: 'previous', label: 'Before' },
  { key: 'change', label: 'Change' },
  { key: 'change_pct', label: 'Change %' },
]

export function BreakdownTable({
  data,
  sort,
  query,
  drill,
  navigate,
  comparable,
}: {
  data: CostBreakdown
  sort: GroupSort
  query: CostQuery
  drill: (group: CostGroup) => CostQuery | null
  navigate: Navigate
  /** False when the comparison range holds no data: changes would be the whole amount, so none is shown. */
  comparable: boolean
}) {
  const rows = sortGroups(data.groups, sort).slice(0, MAX_ROWS)
  const byFunction = data.groupBy.includes('function')
  const dimensions = data.groupBy.length > 0 ? data.groupBy : null
  const focused =
    !dimensions && data.filters.function?.length === 1 ? data.labels.function[data.filters.function[0]!] : undefined
  const sortButton = (key: SortKey, label: string, numeric: boolean) => {
    const active = sort.key === key
    const next: GroupSort = { key, descending: active ? !sort.descending : key !== 'name' }
    return (
      <th
        scope="col"
        className={numeric ? 'num' : undefined}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="button"
          style={{ padding: '2px 6px', border: 0, background: 'transparent', fontWeight: 600 }}
          onClick={() => navigate.go(query, next)}
        >
          {label}
          {active ? (sort.descending ? ' ↓' : ' ↑') : ''}
        </button>
      </th>
    )
  }
  return (
    <section className="card" aria-labelledby="breakdown-table-title">
      <header>
        <h2 id="breakdown-table-title">
          {dimensions ? `By ${dimensions.map((d) => DIMENSION_LABELS[d].toLowerCase()).join(' and ')}` : 'Total'}
        </h2>
        <p>{data.estimated ? 'Estimated from metrics · AWS Lambda only' : 'Billed, from Cost Explorer'}</p>
      </header>
      <TableScroll label="Breakdown table">
        <table className="table" data-testid="breakdown-table">
          <caption>Activate a name (click, or Enter) to drill down into it.</caption>
          <thead>
            <tr>
              {dimensions ? (
                dimensions.map((dimension, index) =>
                  index === 0 ? (
                    <Fragment key={dimension}>{sortButton('name', DIMENSION_LABELS[dimension], false)}</Fragment>
                  ) : (
                    <th key={dimension} scope="col">
                      {DIMENSION_LABELS[dimension]}
                    </th>
                  ),
                )
              ) : (
                <th scope="col">Scope</th>
              )}
              {COLUMNS.map((column) => (
                <Fragment key={column.key}>{sortButton(column.key, column.label, true)}</Fragment>
              ))}
              <th scope="col" className="num">
                Share
              </th>
              {byFunction && <th scope="col">Main reason (whole function)</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((group) => {
              const target = drill(group)
              const change = byFunction ? data.functionChanges[group.values.function ?? ''] : undefined
              const reason = change?.parts.find((part) => part.driver === change.dominant)
              return (
                <tr
                  key={group.key}
                  className={target ? styles.drillRow : undefined}
                  onClick={
                    target
                      ? (event) => !(event.target as HTMLElement).closest('a,button') && navigate.go(target)
                      : undefined
                  }
                >
                  {dimensions ? (
                    dimensions.map((dimension, index) => {
                      const text = valueLabel(dimension, group.values[dimension] ?? '', data.labels)
                      return index === 0 ? (
                        <th key={dimension} scope="row">
                          {target ? (
                            <ViewLink href={navigate.href(target)} onNavigate={() => navigate.go(target)}>
                              {text}
                            </ViewLink>
                          ) : (
                            text
                          )}
                        </th>
                      ) : (
                        <td key={dimension}>{text}</td>
                      )
                    })
                  ) : focused ? (
                    // One function is as fine as costs go: the rest of its story is on its own page.
                    <th scope="row">
                      <Link
                        href={`/functions/${focused.id}${functionDetailSearch.search(periodParams(data))}`}
                        data-testid="function-page-link"
                      >
                        {focused.name}
                      </Link>
                      <div className="muted">its series, keep-warm budget and incidents</div>
                    </th>
                  ) : (
                    <th scope="row">{group.label}</th>
                  )}
                  <td className="num">{formatUsd(group.currentUsd)}</td>
                  <td className="num">{formatUsd(group.previousUsd)}</td>
                  {comparable ? (
                    <>
                      <td className={`num ${deltaClass(group.changeUsd)}`}>{formatSignedUsd(group.changeUsd)}</td>
                      <td className="num">{formatPct(group.changePct, { signed: true })}</td>
                    </>
                  ) : (
                    <td className="num muted" colSpan={2}>
                      no data to compare
                    </td>
                  )}
                  <td className="num">{formatPct(group.sharePct)}</td>
                  {byFunction && (
                    <td title={reason?.sentence}>
                      {reason ? `${DRIVER_LABELS[reason.driver]} ${formatSignedUsd(reason.usd)}` : '—'}
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={dimensions?.length ?? 1}>
                Total
                {data.groups.length > MAX_ROWS
                  ? ` (${data.groups.length} rows; the first ${MAX_ROWS} shown, all in the CSV)`
                  : ''}
              </td>
              <td className="num" data-testid="table-total">
                {formatUsd(data.total.currentUsd)}
              </td>
              <td className="num">{formatUsd(data.total.previousUsd)}</td>
              {comparable ? (
                <>
                  <td className="num">{formatSignedUsd(data.total.changeUsd)}</td>
                  <td className="num">{formatPct(data.total.changePct, { signed: true })}</td>
                </>
              ) : (
                <td className="num muted" colSpan={2}>
                  no data to compare
                </td>
              )}
              <td className="num">{data.groups.length > 0 ? '100%' : '—'}</td>
              {byFunction && <td />}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  )
}
