'use client'

import { StackedBarChart } from '@/components/charts/stacked-bar-chart'
import type { CostBreakdown } from '@/lib/domain/costs/shape-cost-breakdown'
import { describeGroupBy } from '@/lib/domain/costs/shape-cost-breakdown'
import { stackedSeries } from '@/lib/domain/costs/stacked-series'
import { chartNumber, formatUsd } from '@/lib/format'
import { formatPeriod } from './format-period'

export function BreakdownChart({ data }: { data: CostBreakdown }) {
  const chart = stackedSeries(data)
  const estimated = new Set(data.periods.filter((period) => period.estimated).map((period) => period.start))
  // An asterisk marks periods with days AWS still estimates; the caption says so.
  const label = (start: string) => `${formatPeriod(start, data.granularity)}${estimated.has(start) ? '*' : ''}`
  const rows = chart.rows.map((row) => ({ label: label(row.periodStart), ...Object.fromEntries(Object.entries(row.amounts).map(([series, amount]) => [series, chartNumber(amount)])) }))
  const by = data.groupBy.length > 0 ? ` by ${describeGroupBy(data.groupBy).toLowerCase()}` : ''
  const title = `${data.estimated ? 'Estimated cost' : 'Cost'}${by}, ${data.granularity === 'daily' ? 'per day' : 'per month'}`
  return (
    <section className="card" aria-labelledby="breakdown-chart-title">
      <header>
        <h2 id="breakdown-chart-title">{title}</h2>
        <p>{estimated.size > 0 ? '* includes days AWS still marks as estimated' : data.estimated ? 'CloudWatch metrics × configuration × list price' : 'Unblended cost as Cost Explorer reports it'}</p>
      </header>
      <StackedBarChart data={rows} series={chart.series} ariaLabel={title} />
      <details>
        <summary className="muted">Show as a table</summary>
        <div style={{ overflowX: 'auto' }}>
          <table className="table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                {chart.series.map((series) => (
                  <th key={series} scope="col" className="num">
                    {series}
                  </th>
                ))}
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {chart.rows.map((row, index) => (
                <tr key={row.periodStart}>
                  <th scope="row">{label(row.periodStart)}</th>
                  {chart.series.map((series) => (
                    <td key={series} className="num">
                      {formatUsd(row.amounts[series] ?? '0')}
                    </td>
                  ))}
                  <td className="num">{formatUsd(data.total.byPeriod[index] ?? '0')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  )
}
