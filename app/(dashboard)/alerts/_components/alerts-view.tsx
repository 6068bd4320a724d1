'use client'

import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { AccountName } from '@/components/ui/account-name'
import { IfAllowed } from '@/components/layout/if-allowed'
import { QueryView } from '@/components/ui/query-view'
import { DataTable } from '@/components/ui/data-table'
import { kindLabel } from '@/lib/domain/anomalies/kind-labels'
import { severityLabel } from '@/lib/domain/anomalies/severity-labels'
import { formatInstant, formatUsd } from '@/lib/format'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import { alertQueries, alertWrites } from '@/lib/query/alerts'
import { useWrite } from '@/lib/query/use-write'
import type { AlertRuleDto } from '@/lib/schemas/alerts'
import { RuleForm } from './rule-form'

export function AlertsView() {
  const time = useTimeFormat()
  const rules = useQuery(alertQueries.rules())
  const deliveries = useQuery(alertQueries.deliveries())
  const sendNow = useWrite(alertWrites.sendPending)
  // The page shows once both are there; only the rules' failure is reported (the log is secondary).
  const page = { data: rules.data && deliveries.data && { rules: rules.data.rules, deliveries: deliveries.data.deliveries }, error: rules.error, refetch: rules.refetch }
  return (
    <QueryView query={page} subject="the alert rules" loadingLabel="Loading alerts" height={400}>
      {(data) => (
        <>
          <header className="page-header">
            <div>
              <h1>Alerts</h1>
              <p>New incidents that match a rule, and failed ingestion runs for rules that ask for them, are posted to its webhook once, retried with backoff if it fails. The server checks every minute.</p>
            </div>
            <IfAllowed write={alertWrites.sendPending}>
              <button type="button" className="button" onClick={() => sendNow.mutate()} disabled={sendNow.isPending}>
                {sendNow.isPending ? 'Sending…' : 'Send pending now'}
              </button>
            </IfAllowed>
          </header>
          {sendNow.data && (
            <p className="banner banner-demo" role="status">
              Queued {sendNow.data.queued}, sent {sendNow.data.delivered}, retrying {sendNow.data.retrying}, gave up {sendNow.data.failed}.
            </p>
          )}
          <div className="grid">
            <RulesCard rules={data.rules} />
            <section className="card" aria-labelledby="deliveries-title">
              <header>
                <h2 id="deliveries-title">Delivery log</h2>
                <p>Newest first, last 200</p>
              </header>
              {data.deliveries.length === 0 ? (
                <p className="muted">Nothing sent yet.</p>
              ) : (
                <DataTable label="Delivery log table" testId="delivery-log" columns={[{ label: 'When' }, { label: 'Rule' }, { label: 'About' }, { label: 'Status' }, { label: 'Attempts', numeric: true }, { label: 'Last answer' }]}>
                  {data.deliveries.map((delivery) => (
                    <tr key={delivery.id}>
                      <td>{formatInstant(delivery.lastAttemptAt ?? delivery.createdAt, time)}</td>
                      <td>{delivery.ruleName}</td>
                      <td>
                        {delivery.about === 'test' ? (
                          'Test message'
                        ) : (
                          <>
                            {delivery.incidentKind ? kindLabel(delivery.incidentKind) : 'Failed ingestion run'} <span className="muted">{delivery.incidentKind ? 'on' : 'for'} {delivery.subject}</span>
                          </>
                        )}
                      </td>
                      <td>
                        <span className={`badge ${delivery.status === 'delivered' ? 'badge-good' : delivery.status === 'failed' ? 'badge-bad' : 'badge-warn'}`}>{delivery.status}</span>
                        {delivery.nextAttemptAt && <div className="muted">next try {formatInstant(delivery.nextAttemptAt, time)}</div>}
                      </td>
                      <td className="num">{delivery.attempts}</td>
                      <td className="muted">{delivery.lastError ?? (delivery.lastStatus ? `HTTP ${delivery.lastStatus}` : '—')}</td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </section>
          </div>
        </>
      )}
    </QueryView>
  )
}

function RulesCard({ rules }: { rules: AlertRuleDto[] }) {
  const [creating, setCreating] = useState(false)
  const test = useWrite(alertWrites.testRule)
  const update = useWrite(alertWrites.updateRule)
  const remove = useWrite(alertWrites.deleteRule)
  const toggle = ({ id, name, kinds, minSeverity, minImpactUsd, accountId, functionId, ingestionFailures, spendBudgets, format, enabled }: AlertRuleDto) =>
    update.mutate({ id, rule: { name, kinds, minSeverity, minImpactUsd, accountId, functionId, ingestionFailures, spendBudgets, format, enabled: !enabled } })
  const action = { isPending: update.isPending || remove.isPending, error: update.error ?? remove.error }
  const tested = test.data ?? null
  return (
    <section className="card" aria-labelledby="rules-title">
      <header>
        <h2 id="rules-title">Rules</h2>
        {!creating && (
          <IfAllowed write={alertWrites.createRule}>
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              New rule
            </button>
          </IfAllowed>
        )}
      </header>
      {creating && (
        <RuleForm onDone={() => setCreating(false)} />
      )}
      {tested && (
        <p role="status" className={tested.delivered ? 'muted' : 'state-error'}>
          Test message: {tested.delivered ? 'delivered' : `failed — ${tested.message}`}
        </p>
      )}
      {(action.error || test.error) && (
        <p className="state-error" role="alert">
          {(action.error ?? test.error)?.message}
        </p>
      )}
      {rules.length === 0 ? (
        <p className="muted">No rules yet: incidents are only shown here, not sent anywhere.</p>
      ) : (
        <DataTable label="Alert rules table" testId="alert-rules" columns={[{ label: 'Rule' }, { label: 'Sends' }, { label: 'To' }, { label: 'Delivered · pending · failed', numeric: true }, { label: 'Actions' }]}>
          {rules.map((rule) => (
            <tr key={rule.id}>
              <td>
                {rule.name} {!rule.enabled && <span className="badge">off</span>}
              </td>
              <td>
                {rule.kinds.length ? rule.kinds.map(kindLabel).join(', ') : 'every kind'}, {severityLabel(rule.minSeverity)} or worse
                {rule.minImpactUsd ? `, ${formatUsd(rule.minImpactUsd)} or more` : ''}
                {rule.functionName ? (
                  `, ${rule.functionName} only`
                ) : rule.accountId ? (
                  <>
                    , account <AccountName id={rule.accountId} name={rule.accountName ?? rule.accountId} /> only
                  </>
                ) : (
                  ''
                )}
                {rule.ingestionFailures ? '; failed ingestion runs' : ''}
                {rule.spendBudgets ? '; spend budget alerts' : ''}
              </td>
              <td>
                <span className="badge">{rule.format === 'slack' ? 'Slack' : 'JSON'}</span> <code>{rule.webhookUrlMasked}</code>
              </td>
              <td className="num">
                {rule.deliveries.delivered} · {rule.deliveries.pending} · {rule.deliveries.failed}
              </td>
              <td>
                <IfAllowed write={alertWrites.updateRule}>
                  <div className="toolbar">
                    <button type="button" className="button" onClick={() => test.mutate(rule)} disabled={test.isPending}>
                      Test
                    </button>
                    <button type="button" className="button" onClick={() => toggle(rule)} disabled={action.isPending}>
                      {rule.enabled ? 'Turn off' : 'Turn on'}
                    </button>
                    <button
                      type="button"
                      className="button button-danger"
                      onClick={() => {
                        if (window.confirm(`Remove the rule “${rule.name}” and its delivery log?`)) remove.mutate(rule)
                      }}
                      disabled={action.isPending}
                    >
                      Remove
                    </button>
                  </div>
                </IfAllowed>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  )
}
