'use client'

import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { useState } from 'react'
import { TimeSeriesChart } from '@/components/charts/time-series-chart'
import { LoadingBlock } from '@/components/ui/states'
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import { chartNumber, formatCount } from '@/lib/format'
import { formatShortDay } from '@/lib/format-durations'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import { anomalyQueries, anomalyWrites } from '@/lib/query/anomalies'
import { useWrite } from '@/lib/query/use-write'
import type { AnomalyDto } from '@/lib/schemas/anomalies'

/** Amounts by the display rule (full precision in the title and the API), counts with separators. */
function evidenceValue(key: string, value: string | number | boolean | null): string {
  if (value === null) return '—'
  if (key.endsWith('Usd')) return formatSmallUsd(String(value))
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
  return String(value)
}

export function AnomalyDetails({ anomaly }: { anomaly: AnomalyDto }) {
  const detail = useQuery(anomalyQueries.detail(anomaly.id))
  return (
    <div className="grid grid-3-1" data-testid="anomaly-details">
      <div>
        <p style={{ marginTop: 0 }}>{anomaly.explanation}</p>
        {detail.data ? (
          <TimeSeriesChart
            data={detail.data.context.points.map((point) => ({ t: point.day, cost: chartNumber(point.costUsd), metric: point.metric }))}
            series={[
              { key: 'cost', label: detail.data.context.costLabel, kind: 'bar' },
              ...(detail.data.context.points.some((point) => point.metric !== null) ? [{ key: 'metric', label: detail.data.context.metricLabel, kind: 'line' as const, axis: 'right' as const }] : []),
            ]}
            areas={anomaly.kind === 'config_risk' ? [] : [{ from: anomaly.firstDay, to: anomaly.lastDay, label: kindLabel(anomaly.kind) }]}
            ariaLabel={`${detail.data.context.costLabel} around the anomaly, by day`}
            formatTick={formatShortDay}
            formatValue={formatSmallUsd}
            formatRightValue={(value) => formatCount(value)}
            height={200}
          />
        ) : (
          <LoadingBlock height={200} label="Loading chart" />
        )}
        {anomaly.functionId !== null && (
          <p>
            <Link href={`/functions/${anomaly.functionId}?from=${anomaly.firstDay}&to=${anomaly.lastDay}`}>Open {anomaly.functionName}</Link>
          </p>
        )}
      </div>
      <div>
        <table className="table" aria-label="Evidence">
          <caption>Evidence</caption>
          <tbody>
            {Object.entries(anomaly.evidence).map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td className="num" style={{ whiteSpace: 'normal' }} title={String(value)}>
                  {evidenceValue(key, value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <StatusForm anomaly={anomaly} />
      </div>
    </div>
  )
}

function StatusForm({ anomaly }: { anomaly: AnomalyDto }) {
  const [by, setBy] = useState('')
  const [reason, setReason] = useState('')
  const change = useWrite(anomalyWrites.setStatus)
  const setStatus = (status: AnomalyDto['status']) => change.mutate({ id: anomaly.id, status, by, reason })
  const id = `status-${anomaly.id}`
  return (
    <form aria-label="Acknowledge or mute" onSubmit={(event) => event.preventDefault()} style={{ marginTop: 12 }}>
      {anomaly.statusBy && (
        <p className="muted">
          {anomaly.status} by {anomaly.statusBy}
          {anomaly.statusReason ? `: “${anomaly.statusReason}”` : ''}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-by`}>Who</label>
        <input id={`${id}-by`} type="text" maxLength={100} value={by} onChange={(event) => setBy(event.target.value)} />
      </div>
      <div className="field" style={{ marginTop: 6 }}>
        <label htmlFor={`${id}-reason`}>Why</label>
        <textarea id={`${id}-reason`} maxLength={500} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="toolbar" style={{ marginTop: 8 }}>
        <button type="button" className="button" disabled={change.isPending || !by.trim() || !reason.trim()} onClick={() => setStatus('acknowledged')}>
          Acknowledge
        </button>
        <button type="button" className="button" disabled={change.isPending || !by.trim() || !reason.trim()} onClick={() => setStatus('muted')}>
          Mute
        </button>
        {anomaly.status !== 'open' && (
          <button type="button" className="button" disabled={change.isPending || !by.trim()} onClick={() => setStatus('open')}>
            Reopen
          </button>
        )}
      </div>
      {change.isError && (
        <p className="state-error" role="alert">
          {change.error.message}
        </p>
      )}
    </form>
  )
}
