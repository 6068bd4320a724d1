'use client'

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatUsd } from '@/lib/format'
import { seriesColor } from './palette'

export type CostCurveSeries = { key: string; label: string; colorIndex: number }
export type CostCurveDatum = { x: number } & Record<string, number | null>
/** `row` stacks labels of nearby markers (0 at the top). */
export type CostCurveMarker = { x: number; label: string; row?: number }

const LABEL_ROW_PX = 13

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })

/**
 * Cost against a log-scaled quantity (e.g. requests per day), one line per series, with vertical markers
 * (break-even points, the current value). Values ≤ 0 are not drawn on the log cost axis.
 */
export function CostCurveChart({ data, series, markers, ariaLabel, xLabel, height = 320 }: { data: CostCurveDatum[]; series: CostCurveSeries[]; markers: CostCurveMarker[]; ariaLabel: string; xLabel: string; height?: number }) {
  const xs = data.map((datum) => datum.x)
  const decades = Array.from({ length: Math.floor(Math.log10(Math.max(...xs))) - Math.ceil(Math.log10(Math.min(...xs))) + 1 }, (_, index) => 10 ** (Math.ceil(Math.log10(Math.min(...xs))) + index))
  const rightThird = (x: number) => Math.log10(x / Math.min(...xs)) > (Math.log10(Math.max(...xs) / Math.min(...xs)) * 2) / 3
  return (
    <div role="img" aria-label={ariaLabel} style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="x" type="number" scale="log" domain={[Math.min(...xs), Math.max(...xs)]} ticks={decades} tickFormatter={(value: number) => compact.format(value)} tick={{ fontSize: 12 }} label={{ value: xLabel, position: 'insideBottom', offset: -8, fontSize: 12 }} allowDataOverflow />
          <YAxis scale="log" domain={['auto', 'auto']} tickFormatter={(value: number) => formatUsd(String(value), value < 1 ? 2 : 0)} tick={{ fontSize: 12 }} width={72} allowDataOverflow />
          <Tooltip formatter={(value) => formatUsd(String(value))} labelFormatter={(value) => `${compact.format(Number(value))} ${xLabel.toLowerCase()}`} />
          <Legend wrapperStyle={{ fontSize: 12, paddingTop: 8 }} verticalAlign="top" />
          {markers.map((marker, index) => (
            // Labels in the right third of the axis read leftwards from their line, so they stay inside the chart.
            <ReferenceLine
              key={index}
              x={marker.x}
              stroke="#556070"
              strokeDasharray="4 4"
              label={marker.label ? { value: marker.label, position: rightThird(marker.x) ? 'insideTopRight' : 'insideTopLeft', offset: 5 + (marker.row ?? 0) * LABEL_ROW_PX, fontSize: 11, fill: '#556070' } : undefined}
            />
          ))}
          {series.map((entry) => (
            <Line key={entry.key} dataKey={entry.key} name={entry.label} stroke={seriesColor(entry.colorIndex)} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
