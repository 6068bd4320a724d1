'use client'

import { useState } from 'react'
import { IfAllowed } from '@/components/layout/if-allowed'
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import { anomalyWrites } from '@/lib/query/anomalies'
import { useWrite } from '@/lib/query/use-write'
import type { IncidentDto } from '@/lib/schemas/incidents'
import { AnomalyDetails } from './anomaly-details'

/** An expanded incident: its root cause in full, what else it showed as (not added up), and one status for all. */
export function IncidentDetails({ incident }: { incident: IncidentDto }) {
  return (
    <div data-testid="incident-details">
      <AnomalyDetails anomaly={incident.root}>
        <StatusForm incident={incident} />
      </AnomalyDetails>
      {incident.symptoms.length > 0 && (
        <section aria-labelledby={`symptoms-${incident.id}`} data-testid="incident-symptoms">
          <h3 id={`symptoms-${incident.id}`}>Also seen as</h3>
          <p className="muted">The same money seen by other detectors: each figure is that detector’s own measure, not added to the incident’s extra cost.</p>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
            {incident.symptoms.map((symptom) => (
              <li key={symptom.id}>
                <strong>{kindLabel(symptom.kind)}</strong>
                {symptom.usageType && <span className="muted"> of {symptom.usageType}</span>} · {formatSmallUsd(symptom.impactUsd)}
                <p style={{ margin: '2px 0 0' }}>{symptom.explanation}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

function StatusForm({ incident }: { incident: IncidentDto }) {
  const [reason, setReason] = useState('')
  const change = useWrite(anomalyWrites.setIncidentStatus)
  const setStatus = (status: IncidentDto['status']) => change.mutate({ id: incident.id, status, reason })
  const id = `status-${incident.id}`
  return (
    <div style={{ marginTop: 12 }}>
      {incident.statusBy && (
        <p className="muted">
          {incident.status} by {incident.statusBy}
          {incident.statusReason ? `: “${incident.statusReason}”` : ''}
        </p>
      )}
      {/* Who decides is the signed-in caller (the API records them); only roles that may triage see the form. */}
      <IfAllowed write={anomalyWrites.setIncidentStatus}>
        <form aria-label="Acknowledge or mute the incident" onSubmit={(event) => event.preventDefault()}>
          <div className="field" style={{ marginTop: 6 }}>
            <label htmlFor={`${id}-reason`}>Why</label>
            <textarea id={`${id}-reason`} maxLength={500} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </div>
          <div className="toolbar" style={{ marginTop: 8 }}>
            <button type="button" className="button" disabled={change.isPending || !reason.trim()} onClick={() => setStatus('acknowledged')}>
              Acknowledge
            </button>
            <button type="button" className="button" disabled={change.isPending || !reason.trim()} onClick={() => setStatus('muted')}>
              Mute
            </button>
            {incident.status !== 'open' && (
              <button type="button" className="button" disabled={change.isPending} onClick={() => setStatus('open')}>
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
      </IfAllowed>
    </div>
  )
}
