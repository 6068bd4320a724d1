'use client'

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { stackExtents, valueAxis } from '@/lib/domain/chart-axis'
import { formatUsd } from '@/lib/format'
import { ChartTooltip } from './chart-tooltip'
import { axisWidth, legendProps, valueAxisProps } from './chart-parts'
import { CHART, seriesColors } from './palette'

export type StackedBarDatum = { label: string } & Record<string, number | string>

/**
 * Bars per period stacked by series, the first series at the bottom; renders exactly the rows and series it is
 * given. Legend and tooltip list the series in that same order, and the tooltip adds the period's total.
 */
export function StackedBarChart({
  data,
  series,
  height = 300,
  ariaLabel,
}: {
  data: StackedBarDatum[]
  series: string[]
  height?: number
  ariaLabel: string
}) {
  const colors = seriesColors(series)
  const axis = valueAxis('usd', stackExtents(data, series))
  return (
    <div role="img" aria-label={ariaLabel} style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART.grid} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: CHART.axis }} tickLine={false} />
          <YAxis {...valueAxisProps(axis)} width={axisWidth(axis)} />
          <Tooltip
            cursor={{ fill: CHART.grid }}
            content={(props) => (
              <ChartTooltip {...props} order={series} formatValue={(value) => formatUsd(String(value))} total="Total" />
            )}
          />
          <Legend {...legendProps(series)} />
          {series.map((name, index) => (
            <Bar key={name} dataKey={name} stackId="total" fill={colors[index]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
