'use client'

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { valueAxis, type AxisKind } from '@/lib/domain/chart-axis'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import { formatCount } from '@/lib/format'
import { formatDurationMs } from '@/lib/format-durations'
import { ChartTooltip } from './chart-tooltip'
import { axisWidth, legendProps, valueAxisProps } from './chart-parts'
import { CHART, seriesColor, type SeriesColor } from './palette'

export type TimeSeriesDatum = { t: string } & Record<string, number | string | null>
/** A series; `color` fixes its colour where meaning needs one (errors red), else the palette's next. */
export type TimeSeries = {
  key: string
  label: string
  kind: 'bar' | 'line'
  axis?: 'left' | 'right'
  dashed?: boolean
  color?: SeriesColor
}
export type TimelineMarker = { t: string; label: string }
export type TimelineArea = { from: string; to: string; label: string }

// A tooltip gives the exact value, the axis the round one.
const EXACT: Record<AxisKind, (value: number) => string> = {
  usd: formatSmallUsd,
  count: formatCount,
  duration: formatDurationMs,
}

/**
 * Values over time as bars and lines, with configuration changes as vertical markers and anomalous periods
 * shaded. `t` values are category keys (days or hours); markers and areas must use the same keys. Each axis
 * is in one unit (`unit`, `rightUnit`); with two axes, each is titled with the series it carries. `timeNote` says
 * what the time axis counts in (hours in the reader's zone, or UTC days as AWS bills them).
 */
export function TimeSeriesChart({
  data,
  series,
  markers = [],
  areas = [],
  ariaLabel,
  height = 240,
  formatTick,
  unit,
  rightUnit = unit,
  timeNote,
}: {
  data: TimeSeriesDatum[]
  series: TimeSeries[]
  markers?: TimelineMarker[]
  areas?: TimelineArea[]
  ariaLabel: string
  height?: number
  formatTick: (t: string) => string
  unit: AxisKind
  rightUnit?: AxisKind
  timeNote: string
}) {
  const onAxis = (side: 'left' | 'right') => series.filter((s) => (s.axis ?? 'left') === side)
  const values = (side: 'left' | 'right') =>
    onAxis(side).flatMap((s) =>
      data.map((datum) => datum[s.key]).filter((value): value is number => typeof value === 'number'),
    )
  const left = valueAxis(unit, values('left'))
  const right = onAxis('right').length > 0 ? valueAxis(rightUnit, values('right')) : null
  const colors = new Map(series.map((s, index) => [s.key, s.color ?? seriesColor(index)]))
  const unitOf = (key: string) => (series.find((s) => s.key === key)?.axis === 'right' ? rightUnit : unit)
  // A line through mostly empty periods (an hourly batch) would draw nothing: show its points instead.
  const sparse = (key: string) =>
    data.filter((datum) => datum[key] !== null && datum[key] !== undefined && datum[key] !== 0).length < data.length / 2
  const title = (side: 'left' | 'right') =>
    onAxis(side)
      .map((s) => s.label)
      .join(', ')
  return (
    <figure className="chart-figure">
      {right && (
        <figcaption className="chart-axis-titles" data-testid="axis-titles">
          <span>Left axis: {title('left')}</span>
          <span>Right axis: {title('right')}</span>
        </figcaption>
      )}
      <p className="chart-time-note" data-testid="time-axis-note">
        {timeNote}
      </p>
      <div role="img" aria-label={ariaLabel} style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 14, right: right ? 0 : 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={CHART.grid} yAxisId="left" />
            <XAxis
              dataKey="t"
              tick={{ fontSize: 11, fill: CHART.axis }}
              tickFormatter={formatTick}
              minTickGap={24}
              tickLine={false}
            />
            <YAxis yAxisId="left" {...valueAxisProps(left, 11)} width={axisWidth(left, 11)} />
            {right && (
              <YAxis yAxisId="right" orientation="right" {...valueAxisProps(right, 11)} width={axisWidth(right, 11)} />
            )}
            <Tooltip
              content={(props) => (
                <ChartTooltip
                  {...props}
                  order={series.map((s) => s.key)}
                  formatLabel={formatTick}
                  formatValue={(value, key) => EXACT[unitOf(key)](value)}
                />
              )}
            />
            <Legend {...legendProps(series.map((s) => s.key))} />
            {areas.map((area) => (
              <ReferenceArea
                key={`${area.from}-${area.label}`}
                yAxisId="left"
                x1={area.from}
                x2={area.to}
                fill={CHART.alert}
                fillOpacity={0.12}
                stroke={CHART.alert}
                strokeOpacity={0.4}
                label={{ value: area.label, position: 'insideTop', fontSize: 11, fill: CHART.alert }}
              />
            ))}
            {markers.map((marker) => (
              <ReferenceLine
                key={`${marker.t}-${marker.label}`}
                yAxisId="left"
                x={marker.t}
                stroke={CHART.marker}
                strokeDasharray="4 3"
                label={{ value: marker.label, position: 'insideTopRight', fontSize: 11, fill: CHART.marker }}
              />
            ))}
            {series.map((s) =>
              s.kind === 'bar' ? (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  yAxisId={s.axis ?? 'left'}
                  fill={colors.get(s.key)}
                  isAnimationActive={false}
                />
              ) : (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  yAxisId={s.axis ?? 'left'}
                  stroke={colors.get(s.key)}
                  strokeDasharray={s.dashed ? '5 4' : undefined}
                  dot={sparse(s.key) ? { r: 2 } : false}
                  strokeWidth={2}
                  isAnimationActive={false}
                  connectNulls={false}
                />
              ),
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
}
