// A Lambda usage-type spike ("APN2-Lambda-GB-Second-ARM ×6") reads as its cause when the function anomalies of
// the same account, region and days are named in it, largest impact first.
import { kindLabel } from './kind-labels'
import { usd } from './describe'
import type { DetectedAnomaly } from './types'

const LAMBDA = 'AWS Lambda'
const NAMED = 3

export function attributeUsageTypeSpikes(anomalies: readonly DetectedAnomaly[]): DetectedAnomaly[] {
  const functions = anomalies.filter((a) => a.functionKey !== null && a.kind !== 'config_risk')
  return anomalies.map((anomaly) => {
    if (anomaly.functionKey !== null || anomaly.service !== LAMBDA) return anomaly
    const causes = functions
      .filter(
        (f) =>
          f.accountId === anomaly.accountId &&
          f.region === anomaly.region &&
          f.periodStart < anomaly.periodEnd &&
          f.periodEnd > anomaly.periodStart,
      )
      .sort((a, b) => b.impactUsd.comparedTo(a.impactUsd))
    if (causes.length === 0) return anomaly
    const named = causes
      .slice(0, NAMED)
      .map((f) => `${f.functionName} (${kindLabel(f.kind).toLowerCase()}, ${usd(f.impactUsd)})`)
    return {
      ...anomaly,
      explanation: `${anomaly.explanation.replace(/\.$/, '')}; function anomalies on the same days: ${named.join(', ')}${causes.length > NAMED ? ` and ${causes.length - NAMED} more` : ''}.`,
      evidence: { ...anomaly.evidence, functionAnomalies: causes.length },
    }
  })
}
