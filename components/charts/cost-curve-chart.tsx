'use client'

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { logAxis } from '@/lib/domain/chart-axis'
import { formatUsd } from '@/lib/format'
import { ChartTooltip } from './chart-tooltip'
import { axisWidth, legendProps, valueAxisProps } from './chart-parts'
import { CHART, seriesColor } from './palette'

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
export function CostCurveChart({
  data,
  series,
  markers,
  ariaLabel,
  xLabel,
  height = 320,
}: {
  data: CostCurveDatum[]
  series: CostCurveSeries[]
  markers: CostCurveMarker[]
  ariaLabel: string
  xLabel: string
  height?: number
}) {
  const xs = data.map((datum) => datum.x)
  const decades = Array.from(
    { length: Math.floor(Math.log10(Math.max(...xs))) - Math.ceil(Math.log10(Math.min(...xs))) + 1 },
    (_, index) => 10 ** (Math.ceil(Math.log10(Math.min(...xs))) + index),
  )
  const rightThird = (x: number) =>
    Math.log10(x / Math.min(...xs)) > (Math.log10(Math.max(...xs) / Math.min(...xs)) * 2) / 3
  const costs = logAxis(
    'usd',
    data.flatMap((datum) => series.map((entry) => datum[entry.key])),
  )
  const order = series.map((entry) => entry.key)
  return (
    <div role="img" aria-label={ariaLabel} style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={CHART.grid} />
          <XAxis
            dataKey="x"
            type="number"
            scale="log"
            domain={[Math.min(...xs), Math.max(...xs)]}
            ticks={decades}
            tickFormatter={(value: number) => compact.format(value)}
            tick={{ fontSize: 12, fill: CHART.axis }}
            label={{ value: xLabel, position: 'insideBottom', offset: -8, fontSize: 12, fill: CHART.axis }}
            allowDataOverflow
          />
          <YAxis scale="log" {...valueAxisProps(costs)} width={axisWidth(costs)} allowDataOverflow />
          <Tooltip
            content={(props) => (
              <ChartTooltip
                {...props}
                order={order}
                formatLabel={(value) => `${compact.format(Number(value))} ${xLabel.toLowerCase()}`}
                formatValue={(value) => formatUsd(String(value))}
              />
            )}
          />
          <Legend {...legendProps(order)} verticalAlign="top" />
          {markers.map((marker, index) => (
            // Labels in the right third of the axis read leftwards from their line, so they stay inside the chart.
            <ReferenceLine
              key={index}
              x={marker.x}
              stroke={CHART.axis}
              strokeDasharray="4 4"
              label={
                marker.label
                  ? {
                      value: marker.label,
                      position: rightThird(marker.x) ? 'insideTopRight' : 'insideTopLeft',
                      offset: 5 + (marker.row ?? 0) * LABEL_ROW_PX,
                      fontSize: 11,
                      fill: CHART.axis,
                    }
                  : undefined
              }
            />
          ))}
          {series.map((entry) => (
            <Line
              key={entry.key}
              dataKey={entry.key}
              name={entry.label}
              stroke={seriesColor(entry.colorIndex)}
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
