import { useTranslations } from 'next-intl'
import type { Severity } from '@/lib/domain/anomalies/types'

const CLASSES: Record<Severity, string> = {
  low: 'badge',
  medium: 'badge badge-warn',
  high: 'badge badge-bad',
  critical: 'badge badge-bad',
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useTranslations('ui')
  return <span className={CLASSES[severity]}>{t(`severity.${severity}`)}</span>
}
