'use client'

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatUsd } from '@/lib/format'
import { seriesColor } from './palette'

export type HorizontalBarDatum = { label: string; value: number }

export function HorizontalBarChart({ data, ariaLabel, height }: { data: HorizontalBarDatum[]; ariaLabel: string; height?: number }) {
  return (
    <div role="img" aria-label={ariaLabel} style={{ width: '100%', height: height ?? Math.max(120, data.length * 40 + 30) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e5e7eb" />
          <XAxis type="number" tick={{ fontSize: 12 }} tickFormatter={(value: number) => formatUsd(String(value), 0)} />
          <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={190} />
          <Tooltip formatter={(value) => formatUsd(String(value))} />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((datum, index) => (
              <Cell key={datum.label} fill={seriesColor(index)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
