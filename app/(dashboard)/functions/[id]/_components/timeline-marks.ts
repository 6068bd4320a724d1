// Where configuration changes and anomalies sit on a timeline whose x values are days or ISO hours.
import type { TimelineArea, TimelineMarker } from '@/components/charts/time-series-chart'
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import type { FunctionDetail } from '@/lib/schemas/functions'

const hourOf = (iso: string) => `${new Date(iso).toISOString().slice(0, 13)}:00:00.000Z`

export function timelineMarks(data: FunctionDetail): { markers: TimelineMarker[]; areas: TimelineArea[] } {
  const keys = data.series.map((point) => point.t)
  if (keys.length === 0) return { markers: [], areas: [] }
  const hourly = data.range.granularity === 'hour'
  const first = keys[0]!
  const last = keys.at(-1)!
  const markers = data.configChanges
    .map((change) => ({ t: hourly ? hourOf(change.at) : change.day, label: change.changes.join(', ') || 'configuration changed' }))
    .filter((marker) => marker.t >= first && marker.t <= last)
  const areas = data.anomalies
    .filter((anomaly) => anomaly.kind !== 'config_risk')
    .map((anomaly) => {
      const from = hourly ? hourOf(anomaly.periodStart) : anomaly.firstDay
      const to = hourly ? hourOf(new Date(Date.parse(anomaly.periodEnd) - 3_600_000).toISOString()) : anomaly.lastDay
      return { from: from < first ? first : from, to: to > last ? last : to, label: kindLabel(anomaly.kind) }
    })
    .filter((area) => area.from <= area.to && area.from <= last && area.to >= first)
  // Two views of one incident (retries and the budget overrun they caused) share one shaded band.
  const merged = new Map<string, TimelineArea>()
  for (const area of areas) {
    const key = `${area.from}|${area.to}`
    const existing = merged.get(key)
    merged.set(key, existing ? { ...existing, label: `${existing.label} + ${area.label}` } : area)
  }
  return { markers, areas: [...merged.values()] }
}
