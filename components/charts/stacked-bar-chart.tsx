'use client'

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatUsd } from '@/lib/format'
import { seriesColors } from './palette'

export type StackedBarDatum = { label: string } & Record<string, number | string>

/** Bars per period stacked by series; renders exactly the rows and series it is given. */
export function StackedBarChart({ data, series, height = 300, ariaLabel }: { data: StackedBarDatum[]; series: string[]; height?: number; ariaLabel: string }) {
  const colors = seriesColors(series)
  return (
    <div role="img" aria-label={ariaLabel} style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} tickLine={false} />
          <YAxis tick={{ fontSize: 12 }} tickFormatter={(value: number) => formatUsd(String(value), 0)} width={72} />
          <Tooltip formatter={(value) => formatUsd(String(value))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((name, index) => (
            <Bar key={name} dataKey={name} stackId="total" fill={colors[index]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
