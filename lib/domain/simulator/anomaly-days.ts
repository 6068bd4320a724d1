import { eachDay, type IsoDay } from '../calendar'
import { kindLabel } from '../anomalies/kind-labels'
import type { AnomalyKind } from '../anomalies/types'

/** An anomaly of one function whose incident is open, by the days it covers (inclusive). */
export type OpenAnomaly = { kind: AnomalyKind; firstDay: IsoDay; lastDay: IsoDay }

/** Whether a measured workload leaves out the days of open incidents (the default) or includes them. */
export type AnomalyDaysMode = 'exclude' | 'include'

/** The days to measure a function over (by default the 30 ending with its last day of metrics) and what to do with incidents. */
export type WorkloadWindow = { from?: IsoDay; to?: IsoDay; anomalyDays: AnomalyDaysMode }

export type AnomalyDays = {
  mode: AnomalyDaysMode
  /** Days of the window that an open incident covers, ascending; left out of the workload when mode is exclude. */
  days: IsoDay[]
  /** The incidents behind them, clipped to the window: what the page names as the reason. */
  anomalies: { kind: AnomalyKind; label: string; from: IsoDay; to: IsoDay }[]
}

/**
 * The days of [from, to] covered by open incidents. A configuration risk is left out of this: it is a worst case
 * about the configuration, not something that happened on those days, and covers every day since the deploy.
 */
export function anomalyDaysIn(anomalies: OpenAnomaly[], from: IsoDay, to: IsoDay, mode: AnomalyDaysMode): AnomalyDays {
  const clipped = anomalies
    .filter((anomaly) => anomaly.kind !== 'config_risk' && anomaly.firstDay <= to && anomaly.lastDay >= from)
    .map((anomaly) => ({
      kind: anomaly.kind,
      label: kindLabel(anomaly.kind),
      from: anomaly.firstDay < from ? from : anomaly.firstDay,
      to: anomaly.lastDay > to ? to : anomaly.lastDay,
    }))
    .sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.kind < y.kind ? -1 : 1))
  const days = [...new Set(clipped.flatMap((anomaly) => eachDay(anomaly.from, anomaly.to)))].sort()
  return { mode, days, anomalies: clipped }
}
