'use client'

import type { ReactNode } from 'react'
import type { LegendPayload } from 'recharts'
import type { ValueAxis } from '@/lib/domain/chart-axis'
import { CHART } from './palette'

// What every chart's value axis and legend share, so that one rule holds on every page.

/** A value axis drawn exactly as chart-axis.ts chose it: its round ticks, all of them, in its one unit. */
export function valueAxisProps(axis: ValueAxis, fontSize = 12) {
  return {
    domain: axis.domain,
    ticks: axis.ticks,
    interval: 0 as const,
    tickFormatter: axis.format,
    tick: { fontSize, fill: CHART.axis },
  }
}

/** A vertical value axis wide enough for its longest tick and no wider, so a phone keeps its width for the data. */
export function axisWidth(axis: ValueAxis, fontSize = 12): number {
  return Math.ceil(Math.max(...axis.ticks.map((tick) => axis.format(tick).length)) * fontSize * 0.62) + 12
}

/**
 * A legend in the chart's own series order (the stack's, bottom first), not recharts' default alphabetical
 * one, with names in the text colour: the swatch carries the series colour.
 */
export function legendProps(order: readonly string[]) {
  return {
    wrapperStyle: { fontSize: 12 },
    itemSorter: (item: LegendPayload) => order.indexOf(String(item.dataKey)),
    formatter: (value: ReactNode) => <span className="chart-legend-text">{value}</span>,
  }
}
