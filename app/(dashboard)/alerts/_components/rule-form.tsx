'use client'

import { useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { ANOMALY_KINDS, type AnomalyKind, SEVERITIES, type Severity } from '@/lib/domain/anomalies/types'
import { formatAccount } from '@/lib/format'
import { alertWrites } from '@/lib/query/alerts'
import { functionQueries } from '@/lib/query/functions'
import { useWrite } from '@/lib/query/use-write'

export function RuleForm({ onDone }: { onDone: () => void }) {
  const t = useTranslations('alerts.form')
  const kinds = useTranslations('anomalyKinds')
  const severities = useTranslations('ui.severity')
  const [draft, setDraft] = useState({
    name: '',
    format: 'slack' as 'slack' | 'json',
    webhookUrl: '',
    kinds: [] as AnomalyKind[],
    minSeverity: 'medium' as Severity,
    minImpactUsd: '',
    accountId: '',
    functionId: '',
    ingestionFailures: false,
    spendBudgets: false,
    schedules: false,
    sendOpenIncidents: false,
  })
  const functions = useQuery(functionQueries.list({ sort: 'name' }))
  const create = useWrite(alertWrites.createRule, { onSuccess: onDone })
  const submit = () =>
    create.mutate({
      ...draft,
      minImpactUsd: draft.minImpactUsd || null,
      accountId: draft.accountId || null,
      functionId: draft.functionId ? Number(draft.functionId) : null,
      enabled: true,
    })
  return (
    <form
      aria-label={t('label')}
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      style={{ marginBottom: 16 }}
    >
      <div className="grid grid-2">
        <div className="field">
          <label htmlFor="rule-name">{t('name')}</label>
          <input
            id="rule-name"
            required
            maxLength={100}
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="rule-url">{t('webhookUrl')}</label>
          <input
            id="rule-url"
            type="url"
            required
            placeholder={t('webhookPlaceholder')}
            value={draft.webhookUrl}
            onChange={(event) => setDraft({ ...draft, webhookUrl: event.target.value })}
          />
          <span className="hint">{t('webhookHint')}</span>
        </div>
        <div className="field">
          <label htmlFor="rule-format">{t('format')}</label>
          <select
            id="rule-format"
            value={draft.format}
            onChange={(event) => setDraft({ ...draft, format: event.target.value as typeof draft.format })}
          >
            <option value="slack">{t('slack')}</option>
            <option value="json">{t('json')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="rule-severity">{t('minSeverity')}</label>
          <select
            id="rule-severity"
            value={draft.minSeverity}
            onChange={(event) => setDraft({ ...draft, minSeverity: event.target.value as Severity })}
          >
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {severities(severity)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rule-impact">{t('minImpact')}</label>
          <input
            id="rule-impact"
            inputMode="decimal"
            pattern="\d+(\.\d+)?"
            value={draft.minImpactUsd}
            onChange={(event) => setDraft({ ...draft, minImpactUsd: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="rule-account">{t('account')}</label>
          <input
            id="rule-account"
            inputMode="numeric"
            pattern="\d{12}"
            value={draft.accountId}
            onChange={(event) => setDraft({ ...draft, accountId: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="rule-function">{t('function')}</label>
          <select
            id="rule-function"
            value={draft.functionId}
            onChange={(event) => setDraft({ ...draft, functionId: event.target.value })}
          >
            <option value="">{t('anyFunction')}</option>
            {functions.data?.functions.map((fn) => (
              <option key={fn.id} value={fn.id}>
                {fn.name} ({formatAccount({ id: fn.accountId, name: fn.accountName })})
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset style={{ marginTop: 8, border: '1px solid var(--border)', borderRadius: 8 }}>
        <legend className="muted">{t('kinds')}</legend>
        <div className="toolbar">
          {ANOMALY_KINDS.map((kind) => (
            <label key={kind} style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
              <input
                type="checkbox"
                checked={draft.kinds.includes(kind)}
                onChange={(event) =>
                  setDraft({
                    ...draft,
                    kinds: event.target.checked ? [...draft.kinds, kind] : draft.kinds.filter((k) => k !== kind),
                  })
                }
              />
              {kinds(kind)}
            </label>
          ))}
        </div>
      </fieldset>
      <label style={{ display: 'inline-flex', gap: 4, alignItems: 'center', marginTop: 8 }}>
        <input
          type="checkbox"
          checked={draft.ingestionFailures}
          onChange={(event) => setDraft({ ...draft, ingestionFailures: event.target.checked })}
        />
        {t('ingestionFailures')}
      </label>
      <label style={{ display: 'flex', gap: 4, alignItems: 'center', marginTop: 8 }}>
        <input
          type="checkbox"
          checked={draft.spendBudgets}
          onChange={(event) => setDraft({ ...draft, spendBudgets: event.target.checked })}
        />
        {t('spendBudgets')}
      </label>
      <label style={{ display: 'flex', gap: 4, alignItems: 'center', marginTop: 8 }}>
        <input
          type="checkbox"
          checked={draft.schedules}
          onChange={(event) => setDraft({ ...draft, schedules: event.target.checked })}
        />
        {t('schedules')}
      </label>
      <fieldset style={{ marginTop: 8, border: '1px solid var(--border)', borderRadius: 8 }}>
        <legend className="muted">{t('openIncidents')}</legend>
        <div className="toolbar">
          <label style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
            <input
              type="radio"
              name="rule-open"
              checked={!draft.sendOpenIncidents}
              onChange={() => setDraft({ ...draft, sendOpenIncidents: false })}
            />
            {t('fromNow')}
          </label>
          <label style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
            <input
              type="radio"
              name="rule-open"
              checked={draft.sendOpenIncidents}
              onChange={() => setDraft({ ...draft, sendOpenIncidents: true })}
            />
            {t('alsoOpen')}
          </label>
        </div>
      </fieldset>
      <div className="toolbar" style={{ marginTop: 12 }}>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('creating') : t('create')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
      {create.isError && (
        <p className="state-error" role="alert">
          {create.error.message}
        </p>
      )}
    </form>
  )
}
