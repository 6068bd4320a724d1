'use client'

import { memo } from 'react'
import { CostCurveChart } from '@/components/charts/cost-curve-chart'
import { HorizontalBarChart } from '@/components/charts/horizontal-bar-chart'
import type { CostCurvePoint } from '@/lib/domain/simulator/cost-curve'
import { STRATEGY_LABELS } from '@/lib/domain/simulator/simulator-reference'
import { STRATEGY_ORDER, type SimulationResult, type StrategyName } from '@/lib/domain/simulator/types'
import { periodLabel } from './result-format'

// Short names for the break-even labels on the chart, where the full labels would not fit side by side.
const SHORT: Record<StrategyName, string> = {
  on_demand: 'on-demand',
  keep_warm: 'pings',
  provisioned_concurrency: 'provisioned',
  ec2: 'EC2',
}
const LABEL_ROWS = 4

// Memoised and fed deferred values: the answer and tables update on the keystroke, the charts right after.
export const CostBars = memo(function CostBars({ result }: { result: SimulationResult }) {
  return (
    <HorizontalBarChart
      ariaLabel={`Cost ${periodLabel(result.input.days)} per strategy`}
      data={result.strategies.map((entry) => ({
        label: STRATEGY_LABELS[entry.strategy],
        value: entry.monthlyCostUsd.toNumber(),
      }))}
    />
  )
})

export const CostCurve = memo(function CostCurve({
  result,
  curve,
}: {
  result: SimulationResult
  curve: CostCurvePoint[]
}) {
  const shown = STRATEGY_ORDER.filter((strategy) => result.strategies.some((entry) => entry.strategy === strategy))
  const data = curve.map((point) => ({
    x: point.requestsPerDay,
    ...Object.fromEntries(
      point.costs.map((cost) => [cost.strategy, cost.monthlyCostUsd.gt(0) ? cost.monthlyCostUsd.toNumber() : null]),
    ),
  }))
  // Each break-even line says which pair meets there; labels take turns on four rows so close crossings stay readable.
  const crossings = result.breakEven
    .flatMap((entry) =>
      entry.crossings
        .filter((x) => x >= 10)
        .map((x) => ({ x, label: `${SHORT[entry.strategies[0]]} = ${SHORT[entry.strategies[1]]}` })),
    )
    .sort((a, b) => a.x - b.x)
  const markers = [
    { x: Math.max(1, result.input.requestsPerDay), label: 'this workload', row: 0 },
    ...crossings.map((crossing, index) => ({ ...crossing, row: 1 + (index % LABEL_ROWS) })),
  ]
  return (
    <CostCurveChart
      ariaLabel="Cost per strategy against requests per day, logarithmic scales"
      xLabel="Requests per day"
      data={data}
      series={shown.map((strategy) => ({
        key: strategy,
        label: STRATEGY_LABELS[strategy],
        colorIndex: STRATEGY_ORDER.indexOf(strategy),
      }))}
      markers={markers}
    />
  )
})
