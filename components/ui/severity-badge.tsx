import { severityLabel } from '@/lib/domain/anomalies/severity-labels'
import type { Severity } from '@/lib/domain/anomalies/types'

const CLASSES: Record<Severity, string> = { low: 'badge', medium: 'badge badge-warn', high: 'badge badge-bad', critical: 'badge badge-bad' }

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={CLASSES[severity]}>{severityLabel(severity)}</span>
}
