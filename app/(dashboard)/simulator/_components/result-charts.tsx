'use client'

import { memo } from 'react'
import { CostCurveChart } from '@/components/charts/cost-curve-chart'
import { HorizontalBarChart } from '@/components/charts/horizontal-bar-chart'
import type { CostCurvePoint } from '@/lib/domain/simulator/cost-curve'
import { STRATEGY_LABELS } from '@/lib/domain/simulator/simulator-reference'
import { STRATEGY_ORDER, type SimulationResult } from '@/lib/domain/simulator/types'
import { periodLabel } from './result-format'

// Memoised and fed deferred values: the answer and tables update on the keystroke, the charts right after.
export const CostBars = memo(function CostBars({ result }: { result: SimulationResult }) {
  return (
    <HorizontalBarChart
      ariaLabel={`Cost ${periodLabel(result.input.days)} per strategy`}
      data={result.strategies.map((entry) => ({ label: STRATEGY_LABELS[entry.strategy], value: entry.monthlyCostUsd.toNumber() }))}
    />
  )
})

export const CostCurve = memo(function CostCurve({ result, curve }: { result: SimulationResult; curve: CostCurvePoint[] }) {
  const shown = STRATEGY_ORDER.filter((strategy) => result.strategies.some((entry) => entry.strategy === strategy))
  const data = curve.map((point) => ({ x: point.requestsPerDay, ...Object.fromEntries(point.costs.map((cost) => [cost.strategy, cost.monthlyCostUsd.gt(0) ? cost.monthlyCostUsd.toNumber() : null])) }))
  const markers = [
    { x: Math.max(1, result.input.requestsPerDay), label: 'this workload' },
    // Unlabelled: the table below names each pair, and labels would overlap where crossings are close.
    ...result.breakEven.flatMap((entry) => entry.crossings.filter((x) => x >= 10).map((x) => ({ x, label: '' }))),
  ]
  return (
    <CostCurveChart
      ariaLabel="Cost per strategy against requests per day, logarithmic scales"
      xLabel="Requests per day"
      data={data}
      series={shown.map((strategy) => ({ key: strategy, label: STRATEGY_LABELS[strategy], colorIndex: STRATEGY_ORDER.indexOf(strategy) }))}
      markers={markers}
    />
  )
})
