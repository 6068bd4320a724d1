import type { KeepWarmMonthDto } from '@/lib/schemas/functions'

const BADGE = { over: 'badge-bad', within: 'badge-good', under: 'badge-warn' } as const

/** A month's keep-warm actual against its budget: "over · 27×", "within", "under · 0.4×"; a month in progress is judged on its projection. */
export function BudgetStatus({ month }: { month: KeepWarmMonthDto }) {
  const times = month.status !== 'within' && month.timesBudget !== null ? ` · ${month.timesBudget}×` : ''
  return (
    <span
      className={`badge ${BADGE[month.status]}`}
      title={month.complete ? 'The whole month, measured' : 'Projected to the end of the month'}
    >
      {month.status}
      {times}
      {month.complete ? '' : ' (projected)'}
    </span>
  )
}
