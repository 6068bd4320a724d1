import type { SpendBudgetDto } from '@/lib/schemas/spend-budgets'

const LOOK: Record<SpendBudgetDto['status'], { label: string; badge: string }> = {
  'on-track': { label: 'On track', badge: 'badge-good' },
  'forecast-over': { label: 'Forecast over', badge: 'badge-warn' },
  over: { label: 'Over budget', badge: 'badge-bad' },
  'no-rate': { label: 'No KRW rate for the month', badge: '' },
}

/** A spend budget's status as a badge, the same words on every page that shows one. */
export function SpendBudgetStatus({ status }: { status: SpendBudgetDto['status'] }) {
  const look = LOOK[status]
  return (
    <span className={`badge ${look.badge}`} data-status={status}>
      {look.label}
    </span>
  )
}

/** "the total", "team recsys", "account 1234…", "service AWS Lambda". */
export function spendBudgetScopeLabel(scope: SpendBudgetDto['scope']): string {
  return scope.kind === 'total' ? 'Total' : `${scope.kind[0]!.toUpperCase()}${scope.kind.slice(1)} ${scope.key}`
}
