import { useTranslations } from 'next-intl'
import type { SpendBudgetDto } from '@/lib/schemas/spend-budgets'

const BADGES: Record<SpendBudgetDto['status'], string> = {
  'on-track': 'badge-good',
  'forecast-over': 'badge-warn',
  over: 'badge-bad',
  'no-rate': '',
}

/** A spend budget's status as a badge, the same words on every page that shows one (ui.budgetStatus.*). */
export function SpendBudgetStatus({ status }: { status: SpendBudgetDto['status'] }) {
  const t = useTranslations('ui.budgetStatus')
  return (
    <span className={`badge ${BADGES[status]}`} data-status={status}>
      {t(status)}
    </span>
  )
}

/** "the total", "team recsys", "account 1234…", "service AWS Lambda". */
export function spendBudgetScopeLabel(scope: SpendBudgetDto['scope']): string {
  return scope.kind === 'total' ? 'Total' : `${scope.kind[0]!.toUpperCase()}${scope.kind.slice(1)} ${scope.key}`
}
