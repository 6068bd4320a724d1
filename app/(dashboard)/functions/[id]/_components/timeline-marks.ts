// Where configuration changes and incidents sit on a timeline whose x values are days or ISO hours: one shaded band
// per incident, named by its root cause.
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
    .map((change) => ({
      t: hourly ? hourOf(change.at) : change.day,
      label: change.changes.join(', ') || 'configuration changed',
    }))
    .filter((marker) => marker.t >= first && marker.t <= last)
  const areas = data.incidents
    .filter((incident) => incident.root.kind !== 'config_risk')
    .map((incident) => {
      const from = hourly ? hourOf(incident.periodStart) : incident.firstDay
      const to = hourly ? hourOf(new Date(Date.parse(incident.periodEnd) - 3_600_000).toISOString()) : incident.lastDay
      return { from: from < first ? first : from, to: to > last ? last : to, label: kindLabel(incident.root.kind) }
    })
    .filter((area) => area.from <= area.to && area.from <= last && area.to >= first)
  return { markers, areas }
}
