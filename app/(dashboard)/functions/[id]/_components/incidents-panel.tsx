import Link from 'next/link'
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import { incidentMoney, seenAs } from '@/lib/domain/incidents/describe-incident'
import { formatDay } from '@/lib/format'
import type { FunctionDetail } from '@/lib/schemas/functions'
import { anomaliesPageSearch } from '@/lib/search-params/anomalies'
import { SeverityBadge } from '@/components/ui/severity-badge'

export function IncidentsPanel({ data }: { data: FunctionDetail }) {
  return (
    <section className="card" aria-labelledby="function-incidents-title" data-testid="function-incidents">
      <header>
        <h2 id="function-incidents-title">Incidents</h2>
        <Link
          href={`/anomalies${anomaliesPageSearch.search({ from: data.range.from, to: data.range.to, functionId: data.function.id })}`}
        >
          Open in Anomalies
        </Link>
      </header>
      {data.incidents.length === 0 ? (
        <p className="muted">None in this range.</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {data.incidents.map((incident) => (
            <li key={incident.id}>
              <div className="toolbar">
                <strong>{kindLabel(incident.root.kind)}</strong>
                <SeverityBadge severity={incident.severity} />
                {incident.status !== 'open' && <span className="badge">{incident.status}</span>}
                <span className="muted">
                  {formatDay(incident.firstDay)}
                  {incident.lastDay !== incident.firstDay ? ` to ${formatDay(incident.lastDay)}` : ''} ·{' '}
                  {incidentMoney(incident)}
                </span>
              </div>
              <p style={{ margin: '4px 0 0' }}>{incident.root.explanation}</p>
              {incident.symptoms.length > 0 && (
                <p className="muted" style={{ margin: '4px 0 0' }}>
                  {seenAs(incident.symptoms)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
