import type { AnomalyKind } from './types'

const KIND_LABELS: Record<AnomalyKind, string> = {
  retry_amplification: 'Retry amplification',
  timeout_amplification: 'Timeout amplification',
  warmup_budget_overrun: 'Keep-warm budget overrun',
  cost_spike: 'Cost spike',
  error_spike: 'Error spike',
  throttle_spike: 'Throttle spike',
  duration_exceeds_wall_clock: 'Billed duration above the wall clock',
  config_risk: 'Configuration risk',
}

export function kindLabel(kind: AnomalyKind): string {
  return KIND_LABELS[kind]
}
