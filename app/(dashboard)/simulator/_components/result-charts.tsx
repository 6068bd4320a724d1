'use client'

import { useTranslations } from 'next-intl'
import { memo } from 'react'
import { CostCurveChart } from '@/components/charts/cost-curve-chart'
import { HorizontalBarChart } from '@/components/charts/horizontal-bar-chart'
import type { CostCurvePoint } from '@/lib/domain/simulator/cost-curve'
import { STRATEGY_ORDER, type SimulationResult } from '@/lib/domain/simulator/types'
import { usePeriod } from './use-period'

const LABEL_ROWS = 4

// Memoised and fed deferred values: the answer and tables update on the keystroke, the charts right after.
export const CostBars = memo(function CostBars({ result }: { result: SimulationResult }) {
  const t = useTranslations('simulator')
  const period = usePeriod(result.input.days)
  return (
    <HorizontalBarChart
      ariaLabel={t('charts.bars', { period })}
      data={result.strategies.map((entry) => ({
        label: t(`strategies.${entry.strategy}`),
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
  const t = useTranslations('simulator')
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
        // Short names: the full ones would not fit side by side.
        .map((x) => ({ x, label: `${t(`short.${entry.strategies[0]}`)} = ${t(`short.${entry.strategies[1]}`)}` })),
    )
    .sort((a, b) => a.x - b.x)
  const markers = [
    { x: Math.max(1, result.input.requestsPerDay), label: t('charts.thisWorkload'), row: 0 },
    ...crossings.map((crossing, index) => ({ ...crossing, row: 1 + (index % LABEL_ROWS) })),
  ]
  return (
    <CostCurveChart
      ariaLabel={t('charts.curve')}
      xLabel={t('charts.requestsPerDay')}
      data={data}
      series={shown.map((strategy) => ({
        key: strategy,
        label: t(`strategies.${strategy}`),
        colorIndex: STRATEGY_ORDER.indexOf(strategy),
      }))}
      markers={markers}
    />
  )
})
