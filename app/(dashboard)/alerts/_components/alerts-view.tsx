'use client'

import { useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { AccountName } from '@/components/ui/account-name'
import { IfAllowed } from '@/components/layout/if-allowed'
import { QueryView } from '@/components/ui/query-view'
import { DataTable } from '@/components/ui/data-table'
import { formatInstant, formatUsd } from '@/lib/format'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import { alertQueries, alertWrites } from '@/lib/query/alerts'
import { useWrite } from '@/lib/query/use-write'
import type { AlertRuleDto } from '@/lib/schemas/alerts'
import { RuleForm } from './rule-form'

export function AlertsView() {
  const t = useTranslations('alerts')
  const kinds = useTranslations('anomalyKinds')
  const time = useTimeFormat()
  const rules = useQuery(alertQueries.rules())
  const deliveries = useQuery(alertQueries.deliveries())
  const sendNow = useWrite(alertWrites.sendPending)
  // The page shows once both are there; only the rules' failure is reported (the log is secondary).
  const page = {
    data: rules.data && deliveries.data && { rules: rules.data.rules, deliveries: deliveries.data.deliveries },
    error: rules.error,
    refetch: rules.refetch,
  }
  return (
    <QueryView query={page} subject={t('subject')} loadingLabel={t('loading')} height={400}>
      {(data) => (
        <>
          <header className="page-header">
            <div>
              <h1>{t('title')}</h1>
              <p>{t('subtitle')}</p>
            </div>
            <IfAllowed write={alertWrites.sendPending}>
              <button type="button" className="button" onClick={() => sendNow.mutate()} disabled={sendNow.isPending}>
                {sendNow.isPending ? t('sending') : t('sendNow')}
              </button>
            </IfAllowed>
          </header>
          {sendNow.data && (
            <p className="banner banner-demo" role="status">
              {t('sent', sendNow.data)}
            </p>
          )}
          <div className="grid">
            <RulesCard rules={data.rules} />
            <section className="card" aria-labelledby="deliveries-title">
              <header>
                <h2 id="deliveries-title">{t('log.title')}</h2>
                <p>{t('log.subtitle')}</p>
              </header>
              {data.deliveries.length === 0 ? (
                <p className="muted">{t('log.none')}</p>
              ) : (
                <DataTable
                  label={t('log.table')}
                  testId="delivery-log"
                  columns={[
                    { label: t('log.when') },
                    { label: t('log.rule') },
                    { label: t('log.about') },
                    { label: t('log.status') },
                    { label: t('log.attempts'), numeric: true },
                    { label: t('log.lastAnswer') },
                  ]}
                >
                  {data.deliveries.map((delivery) => (
                    <tr key={delivery.id}>
                      <td>{formatInstant(delivery.lastAttemptAt ?? delivery.createdAt, time)}</td>
                      <td>{delivery.ruleName}</td>
                      <td>
                        {delivery.about === 'test' ? (
                          t('log.testMessage')
                        ) : delivery.about === 'schedule' ? (
                          <>
                            {t('log.scheduleAlert')} <span className="muted">{delivery.subject}</span>
                          </>
                        ) : (
                          <>
                            {delivery.incidentKind ? kinds(delivery.incidentKind) : t('log.failedRun')}{' '}
                            <span className="muted">
                              {t(delivery.incidentKind ? 'log.incidentOn' : 'log.runFor', {
                                subject: delivery.subject,
                              })}
                            </span>
                          </>
                        )}
                      </td>
                      <td>
                        <span
                          className={`badge ${delivery.status === 'delivered' ? 'badge-good' : delivery.status === 'failed' ? 'badge-bad' : 'badge-warn'}`}
                        >
                          {t(`log.statuses.${delivery.status}`)}
                        </span>
                        {delivery.nextAttemptAt && (
                          <div className="muted">
                            {t('log.nextTry', { time: formatInstant(delivery.nextAttemptAt, time) })}
                          </div>
                        )}
                      </td>
                      <td className="num">{delivery.attempts}</td>
                      <td className="muted">
                        {delivery.lastError ?? (delivery.lastStatus ? `HTTP ${delivery.lastStatus}` : '—')}
                      </td>
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
  const t = useTranslations('alerts.rules')
  const kinds = useTranslations('anomalyKinds')
  const severities = useTranslations('ui.severity')
  const [creating, setCreating] = useState(false)
  const test = useWrite(alertWrites.testRule)
  const update = useWrite(alertWrites.updateRule)
  const remove = useWrite(alertWrites.deleteRule)
  const toggle = ({
    id,
    name,
    kinds,
    minSeverity,
    minImpactUsd,
    accountId,
    functionId,
    ingestionFailures,
    spendBudgets,
    schedules,
    format,
    enabled,
  }: AlertRuleDto) =>
    update.mutate({
      id,
      rule: {
        name,
        kinds,
        minSeverity,
        minImpactUsd,
        accountId,
        functionId,
        ingestionFailures,
        spendBudgets,
        schedules,
        format,
        enabled: !enabled,
      },
    })
  const action = { isPending: update.isPending || remove.isPending, error: update.error ?? remove.error }
  const tested = test.data ?? null
  return (
    <section className="card" aria-labelledby="rules-title">
      <header>
        <h2 id="rules-title">{t('title')}</h2>
        {!creating && (
          <IfAllowed write={alertWrites.createRule}>
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('new')}
            </button>
          </IfAllowed>
        )}
      </header>
      {creating && <RuleForm onDone={() => setCreating(false)} />}
      {tested && (
        <p role="status" className={tested.delivered ? 'muted' : 'state-error'}>
          {tested.delivered ? t('testDelivered') : t('testFailed', { message: tested.message })}
        </p>
      )}
      {(action.error || test.error) && (
        <p className="state-error" role="alert">
          {(action.error ?? test.error)?.message}
        </p>
      )}
      {rules.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <DataTable
          label={t('table')}
          testId="alert-rules"
          columns={[
            { label: t('rule') },
            { label: t('sends') },
            { label: t('to') },
            { label: t('counts'), numeric: true },
            { label: t('actions') },
          ]}
        >
          {rules.map((rule) => (
            <tr key={rule.id}>
              <td>
                {rule.name} {!rule.enabled && <span className="badge">{t('off')}</span>}
              </td>
              <td>
                {[
                  rule.kinds.length ? rule.kinds.map((kind) => kinds(kind)).join(', ') : t('everyKind'),
                  t('orWorse', { severity: severities(rule.minSeverity) }),
                  ...(rule.minImpactUsd ? [t('orMore', { amount: formatUsd(rule.minImpactUsd) })] : []),
                ].join(', ')}
                {rule.functionName ? (
                  `, ${t('functionOnly', { name: rule.functionName })}`
                ) : rule.accountId ? (
                  <>
                    ,{' '}
                    {t.rich('accountOnly', {
                      account: () => <AccountName id={rule.accountId!} name={rule.accountName ?? rule.accountId!} />,
                    })}
                  </>
                ) : null}
                {rule.ingestionFailures ? `; ${t('ingestionFailures')}` : ''}
                {rule.spendBudgets ? `; ${t('spendBudgets')}` : ''}
                {rule.schedules ? `; ${t('schedules')}` : ''}
              </td>
              <td>
                <span className="badge">{rule.format === 'slack' ? 'Slack' : 'JSON'}</span>{' '}
                <code>{rule.webhookUrlMasked}</code>
              </td>
              <td className="num">
                {rule.deliveries.delivered} · {rule.deliveries.pending} · {rule.deliveries.failed}
              </td>
              <td>
                <IfAllowed write={alertWrites.updateRule}>
                  <div className="toolbar">
                    <button
                      type="button"
                      className="button"
                      onClick={() => test.mutate(rule)}
                      disabled={test.isPending}
                    >
                      {t('test')}
                    </button>
                    <button type="button" className="button" onClick={() => toggle(rule)} disabled={action.isPending}>
                      {rule.enabled ? t('turnOff') : t('turnOn')}
                    </button>
                    <button
                      type="button"
                      className="button button-danger"
                      onClick={() => {
                        if (window.confirm(t('confirmRemove', { name: rule.name }))) remove.mutate(rule)
                      }}
                      disabled={action.isPending}
                    >
                      {t('remove')}
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
