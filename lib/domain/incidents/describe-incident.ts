// The words an incident is told in, the same on the pages and in alert messages: what its money is (measured extra
// cost, or a risk's worst-case exposure: never the same thing) and what else its root cause showed as.
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import type { AnomalyKind } from '@/lib/domain/anomalies/types'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'

export type DescribedAnomaly = { kind: AnomalyKind; usageType: string | null; impactUsd: string }

/** "$280.61 extra" or, for a configuration risk, "worst case $1,024.13 a month above recent cost". */
export function incidentMoney(incident: { extraCostUsd: string; exposureUsd: string | null }): string {
  return incident.exposureUsd === null
    ? `${formatSmallUsd(incident.extraCostUsd)} extra`
    : `worst case ${formatSmallUsd(incident.exposureUsd)} a month above recent cost`
}

/** "keep-warm budget overrun ($278.85)", "cost spike of APN2-Lambda-GB-Second-ARM ($279.83)". */
export function symptomLabel(symptom: DescribedAnomaly): string {
  return `${kindLabel(symptom.kind).toLowerCase()}${symptom.usageType ? ` of ${symptom.usageType}` : ''} (${formatSmallUsd(symptom.impactUsd)})`
}

/** "Also seen as: …." or '' for an incident of one anomaly. */
export function seenAs(symptoms: readonly DescribedAnomaly[]): string {
  return symptoms.length ? `Also seen as: ${symptoms.map(symptomLabel).join(', ')}.` : ''
}
