'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { IfAllowed } from '@/components/layout/if-allowed'
import { formatSmallUsd } from '@/lib/domain/format-small-usd'
import { anomalyWrites } from '@/lib/query/anomalies'
import { useWrite } from '@/lib/query/use-write'
import type { IncidentDto } from '@/lib/schemas/incidents'
import { AnomalyDetails } from './anomaly-details'

/** An expanded incident: its root cause in full, what else it showed as (not added up), and one status for all. */
export function IncidentDetails({ incident }: { incident: IncidentDto }) {
  const t = useTranslations('anomalies.details')
  const kinds = useTranslations('anomalyKinds')
  return (
    <div data-testid="incident-details">
      <AnomalyDetails anomaly={incident.root}>
        <StatusForm incident={incident} />
      </AnomalyDetails>
      {incident.symptoms.length > 0 && (
        <section aria-labelledby={`symptoms-${incident.id}`} data-testid="incident-symptoms">
          <h3 id={`symptoms-${incident.id}`}>{t('alsoSeen')}</h3>
          <p className="muted">{t('alsoSeenExplain')}</p>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
            {incident.symptoms.map((symptom) => (
              <li key={symptom.id}>
                <strong>{kinds(symptom.kind)}</strong>
                {symptom.usageType && (
                  <span className="muted"> {t('ofUsageType', { usageType: symptom.usageType })}</span>
                )}{' '}
                · {formatSmallUsd(symptom.impactUsd)}
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
  const t = useTranslations('anomalies.details')
  const badges = useTranslations('anomalies.badges')
  const [reason, setReason] = useState('')
  const change = useWrite(anomalyWrites.setIncidentStatus)
  const setStatus = (status: IncidentDto['status']) => change.mutate({ id: incident.id, status, reason })
  const id = `status-${incident.id}`
  return (
    <div style={{ marginTop: 12 }}>
      {incident.statusBy && (
        <p className="muted">
          {incident.statusReason
            ? t('statusByReason', {
                status: badges(incident.status),
                name: incident.statusBy,
                reason: incident.statusReason,
              })
            : t('statusBy', { status: badges(incident.status), name: incident.statusBy })}
        </p>
      )}
      {/* Who decides is the signed-in caller (the API records them); only roles that may triage see the form. */}
      <IfAllowed write={anomalyWrites.setIncidentStatus}>
        <form aria-label={t('statusForm')} onSubmit={(event) => event.preventDefault()}>
          <div className="field" style={{ marginTop: 6 }}>
            <label htmlFor={`${id}-reason`}>{t('why')}</label>
            <textarea
              id={`${id}-reason`}
              maxLength={500}
              rows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="toolbar" style={{ marginTop: 8 }}>
            <button
              type="button"
              className="button"
              disabled={change.isPending || !reason.trim()}
              onClick={() => setStatus('acknowledged')}
            >
              {t('acknowledge')}
            </button>
            <button
              type="button"
              className="button"
              disabled={change.isPending || !reason.trim()}
              onClick={() => setStatus('muted')}
            >
              {t('mute')}
            </button>
            {incident.status !== 'open' && (
              <button type="button" className="button" disabled={change.isPending} onClick={() => setStatus('open')}>
                {t('reopen')}
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
