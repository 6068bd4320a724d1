'use client'

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { seriesColor } from './palette'

export type TimeSeriesDatum = { t: string } & Record<string, number | string | null>
export type TimeSeries = { key: string; label: string; kind: 'bar' | 'line'; axis?: 'left' | 'right'; dashed?: boolean }
export type TimelineMarker = { t: string; label: string }
export type TimelineArea = { from: string; to: string; label: string }

/**
 * Values over time as bars and lines, with configuration changes as vertical markers and anomalous periods
 * shaded. `t` values are category keys (days or hours); markers and areas must use the same keys.
 */
export function TimeSeriesChart({
  data,
  series,
  markers = [],
  areas = [],
  ariaLabel,
  height = 240,
  formatTick,
  formatValue,
  formatRightValue,
}: {
  data: TimeSeriesDatum[]
  series: TimeSeries[]
  markers?: TimelineMarker[]
  areas?: TimelineArea[]
  ariaLabel: string
  height?: number
  formatTick: (t: string) => string
  formatValue: (value: number) => string
  formatRightValue?: (value: number) => string
}) {
  const hasRight = series.some((s) => s.axis === 'right')
  // A line through mostly empty periods (an hourly batch) would draw nothing: show its points instead.
  const sparse = (key: string) => data.filter((datum) => datum[key] !== null && datum[key] !== undefined && datum[key] !== 0).length < data.length / 2
  return (
    <div role="img" aria-label={ariaLabel} style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 14, right: hasRight ? 8 : 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey="t" tick={{ fontSize: 11 }} tickFormatter={formatTick} minTickGap={24} tickLine={false} />
          <YAxis yAxisId="left" tick={{ fontSize: 11 }} tickFormatter={formatValue} width={72} />
          {hasRight && <YAxis yAxisId="right" orientation="right" tick={{ fontSize: 11 }} tickFormatter={formatRightValue ?? formatValue} width={64} />}
          <Tooltip
            labelFormatter={(label) => formatTick(String(label))}
            formatter={(value, name) => {
              const spec = series.find((s) => s.label === name)
              return (spec?.axis === 'right' && formatRightValue ? formatRightValue : formatValue)(Number(value))
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {areas.map((area) => (
            <ReferenceArea key={`${area.from}-${area.label}`} yAxisId="left" x1={area.from} x2={area.to} fill="#b42318" fillOpacity={0.12} stroke="#b42318" strokeOpacity={0.4} label={{ value: area.label, position: 'insideTop', fontSize: 11, fill: '#b42318' }} />
          ))}
          {markers.map((marker) => (
            <ReferenceLine key={`${marker.t}-${marker.label}`} yAxisId="left" x={marker.t} stroke="#7c3aed" strokeDasharray="4 3" label={{ value: marker.label, position: 'insideTopRight', fontSize: 11, fill: '#7c3aed' }} />
          ))}
          {series.map((s, index) =>
            s.kind === 'bar' ? (
              <Bar key={s.key} dataKey={s.key} name={s.label} yAxisId={s.axis ?? 'left'} fill={seriesColor(index)} isAnimationActive={false} />
            ) : (
              <Line key={s.key} dataKey={s.key} name={s.label} yAxisId={s.axis ?? 'left'} stroke={seriesColor(index)} strokeDasharray={s.dashed ? '5 4' : undefined} dot={sparse(s.key) ? { r: 2 } : false} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
            ),
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
