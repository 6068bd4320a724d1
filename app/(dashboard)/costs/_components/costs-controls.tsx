'use client'

import type { FormEvent } from 'react'
import { MonthPicker } from '@/components/ui/month-picker'
import { firstDayOf, isIsoDay, lastDayOf } from '@/lib/domain/calendar'
import {
  type CostQuery,
  DIMENSION_LABELS,
  DIMENSIONS,
  type Dimension,
  activeFilters,
} from '@/lib/domain/costs/dimensions'
import { type CostBreakdown, valueLabel } from '@/lib/domain/costs/shape-cost-breakdown'
import styles from '../costs.module.css'
import type { Navigate } from './costs-view'

const FILTERABLE = ['service', 'usage_type', 'account', 'region'] as const
const SEVERAL = '__several__'

export function CostsControls({
  data,
  query,
  navigate,
}: {
  data: CostBreakdown
  query: CostQuery
  navigate: Navigate
}) {
  const setFilter = (dimension: Dimension, values: string[] | null) => {
    const filters = { ...query.filters }
    if (values) filters[dimension] = values
    else delete filters[dimension]
    navigate.go({ ...query, filters })
  }
  // By team the allocation groups alone and unfiltered (costs-query.ts): choosing it clears the filters.
  const setGroupBy = (first: Dimension, second: Dimension | null) =>
    first === 'team'
      ? navigate.go({ ...query, groupBy: ['team'], filters: {} })
      : navigate.go({ ...query, groupBy: second && second !== first ? [first, second] : [first] })
  const applyRange = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const from = String(form.get('from'))
    const to = String(form.get('to'))
    if (isIsoDay(from) && isIsoDay(to) && from <= to) navigate.go({ ...query, from, to })
  }
  const [first, second] = query.groupBy
  return (
    <>
      <div className={styles.controls}>
        <fieldset>
          <legend>Month</legend>
          <MonthPicker
            month={data.from.slice(0, 7)}
            months={data.availableMonths}
            onChange={(month) => navigate.go({ ...query, from: firstDayOf(month), to: lastDayOf(month) })}
          />
        </fieldset>
        <form onSubmit={applyRange} key={`${data.from}/${data.to}`} aria-label="Date range">
          <fieldset>
            <legend>or any range</legend>
            <div className="field">
              <label htmlFor="range-from">From</label>
              <input id="range-from" name="from" type="date" defaultValue={data.from} required />
            </div>
            <div className="field">
              <label htmlFor="range-to">To</label>
              <input id="range-to" name="to" type="date" defaultValue={data.to} required />
            </div>
            <button type="submit" className="button">
              Apply
            </button>
          </fieldset>
        </form>
        <div className="field">
          <label htmlFor="granularity">Granularity</label>
          <select
            id="granularity"
            value={query.granularity}
            onChange={(event) => navigate.go({ ...query, granularity: event.target.value as CostQuery['granularity'] })}
          >
            <option value="daily">Daily</option>
            <option value="monthly">Monthly</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="group-by">Group by</label>
          <select
            id="group-by"
            value={first ?? ''}
            onChange={(event) =>
              event.target.value
                ? setGroupBy(event.target.value as Dimension, second ?? null)
                : navigate.go({ ...query, groupBy: [] })
            }
          >
            <option value="">Nothing (total)</option>
            {DIMENSIONS.map((dimension) => (
              <option key={dimension} value={dimension}>
                {DIMENSION_LABELS[dimension]}
                {dimension === 'function' ? ' (estimated, Lambda)' : ''}
              </option>
            ))}
          </select>
        </div>
        {first && first !== 'team' && (
          <div className="field">
            <label htmlFor="then-by">then by</label>
            <select
              id="then-by"
              value={second ?? ''}
              onChange={(event) => setGroupBy(first, (event.target.value || null) as Dimension | null)}
            >
              <option value="">—</option>
              {DIMENSIONS.filter((dimension) => dimension !== first && dimension !== 'team').map((dimension) => (
                <option key={dimension} value={dimension}>
                  {DIMENSION_LABELS[dimension]}
                </option>
              ))}
            </select>
          </div>
        )}
        {(first === 'team' ? [] : FILTERABLE).map((dimension) => {
          const selected = query.filters[dimension] ?? []
          const options = [...new Set([...data.options[dimension], ...selected])]
          return (
            <div className="field" key={dimension}>
              <label htmlFor={`filter-${dimension}`}>{DIMENSION_LABELS[dimension]}</label>
              <select
                id={`filter-${dimension}`}
                value={selected.length > 1 ? SEVERAL : (selected[0] ?? '')}
                onChange={(event) =>
                  setFilter(
                    dimension,
                    event.target.value && event.target.value !== SEVERAL ? [event.target.value] : null,
                  )
                }
              >
                <option value="">All</option>
                {selected.length > 1 && <option value={SEVERAL}>{selected.length} selected</option>}
                {options.map((value) => (
                  <option key={value} value={value}>
                    {valueLabel(dimension, value, data.labels)}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
      </div>
      {activeFilters(query.filters).length > 0 && (
        <ul className={styles.chips} aria-label="Active filters" style={{ listStyle: 'none', padding: 0 }}>
          {activeFilters(query.filters).flatMap(([dimension, values]) =>
            values.map((value) => {
              const label = `${DIMENSION_LABELS[dimension]}: ${valueLabel(dimension, value, data.labels)}`
              return (
                <li key={`${dimension}=${value}`} className={styles.chip}>
                  {label}
                  <button
                    type="button"
                    aria-label={`Remove filter ${label}`}
                    onClick={() => setFilter(dimension, values.length > 1 ? values.filter((v) => v !== value) : null)}
                  >
                    ×
                  </button>
                </li>
              )
            }),
          )}
        </ul>
      )}
    </>
  )
}
