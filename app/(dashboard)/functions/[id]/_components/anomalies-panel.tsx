import Link from 'next/link'
import { SeverityBadge } from '@/components/ui/severity-badge'
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import { formatDay, formatUsd } from '@/lib/format'
import { anomaliesPageSearch } from '@/lib/search-params/anomalies'
import type { FunctionDetail } from '@/lib/schemas/functions'

export function AnomaliesPanel({ data }: { data: FunctionDetail }) {
  return (
    <section className="card" aria-labelledby="function-anomalies-title" data-testid="function-anomalies">
      <header>
        <h2 id="function-anomalies-title">Anomalies</h2>
        <Link href={`/anomalies${anomaliesPageSearch.search({ from: data.range.from, to: data.range.to, functionId: data.function.id })}`}>Open in Anomalies</Link>
      </header>
      {data.anomalies.length === 0 ? (
        <p className="muted">None in this range.</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {data.anomalies.map((anomaly) => (
            <li key={anomaly.id}>
              <div className="toolbar">
                <strong>{kindLabel(anomaly.kind)}</strong>
                <SeverityBadge severity={anomaly.severity} />
                {anomaly.status !== 'open' && <span className="badge">{anomaly.status}</span>}
                <span className="muted">
                  {formatDay(anomaly.firstDay)}
                  {anomaly.lastDay !== anomaly.firstDay ? ` to ${formatDay(anomaly.lastDay)}` : ''} · {formatUsd(anomaly.impactUsd)} {anomaly.kind === 'config_risk' ? 'worst case above recent cost' : 'over expected'}
                </span>
              </div>
              <p style={{ margin: '4px 0 0' }}>{anomaly.explanation}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
