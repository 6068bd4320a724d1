'use client'

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { valueAxis } from '@/lib/domain/chart-axis'
import { formatUsd } from '@/lib/format'
import { ChartTooltip } from './chart-tooltip'
import { valueAxisProps } from './chart-parts'
import { CHART, seriesColor } from './palette'

export type HorizontalBarDatum = { label: string; value: number }

export function HorizontalBarChart({
  data,
  ariaLabel,
  height,
}: {
  data: HorizontalBarDatum[]
  ariaLabel: string
  height?: number
}) {
  const axis = valueAxis(
    'usd',
    data.map((datum) => datum.value),
  )
  // The names take what they need, up to 190 px, and leave the rest of a phone's width to the bars.
  const labelWidth = Math.min(190, Math.ceil(Math.max(...data.map((datum) => datum.label.length)) * 6.8) + 10)
  return (
    <div
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height: height ?? Math.max(120, data.length * 40 + 30) }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART.grid} />
          <XAxis type="number" {...valueAxisProps(axis)} />
          <YAxis type="category" dataKey="label" tick={{ fontSize: 12, fill: CHART.axis }} width={labelWidth} />
          <Tooltip
            cursor={{ fill: CHART.grid }}
            content={(props) => (
              <ChartTooltip {...props} order={['value']} formatValue={(value) => formatUsd(String(value))} />
            )}
          />
          <Bar dataKey="value" name="Cost" isAnimationActive={false}>
            {data.map((datum, index) => (
              <Cell key={datum.label} fill={seriesColor(index)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
