'use client'

import { StackedBarChart } from '@/components/charts/stacked-bar-chart'
import { StackedTable } from '@/components/charts/stacked-table'
import type { CostBreakdown } from '@/lib/domain/costs/shape-cost-breakdown'
import { describeGroupBy } from '@/lib/domain/costs/shape-cost-breakdown'
import { stackedSeries } from '@/lib/domain/costs/stacked-series'
import { chartNumber } from '@/lib/format'
import { formatPeriod } from './format-period'

export function BreakdownChart({ data }: { data: CostBreakdown }) {
  const chart = stackedSeries(data)
  const estimated = new Set(data.periods.filter((period) => period.estimated).map((period) => period.start))
  // An asterisk marks periods with days AWS still estimates; the caption says so.
  const label = (start: string) => `${formatPeriod(start, data.granularity)}${estimated.has(start) ? '*' : ''}`
  const rows = chart.rows.map((row) => ({
    label: label(row.periodStart),
    ...Object.fromEntries(Object.entries(row.amounts).map(([series, amount]) => [series, chartNumber(amount)])),
  }))
  const by = data.groupBy.length > 0 ? ` by ${describeGroupBy(data.groupBy).toLowerCase()}` : ''
  const title = `${data.estimated ? 'Estimated cost' : 'Cost'}${by}, ${data.granularity === 'daily' ? 'per day' : 'per month'}`
  return (
    <section className="card" aria-labelledby="breakdown-chart-title">
      <header>
        <h2 id="breakdown-chart-title">{title}</h2>
        <p>
          {estimated.size > 0
            ? '* includes days AWS still marks as estimated'
            : data.estimated
              ? 'CloudWatch metrics × configuration × list price'
              : 'Unblended cost as Cost Explorer reports it'}
        </p>
      </header>
      <StackedBarChart data={rows} series={chart.series} ariaLabel={title} />
      <StackedTable
        rowHeader="Period"
        caption={title}
        series={chart.series}
        rows={chart.rows.map((row, index) => ({
          key: row.periodStart,
          label: label(row.periodStart),
          amounts: row.amounts,
          totalUsd: data.total.byPeriod[index] ?? '0',
        }))}
      />
    </section>
  )
}
