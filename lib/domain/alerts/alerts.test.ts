import { describe, expect, it } from 'vitest'
import { MAX_DELIVERY_ATTEMPTS, nextAttemptAt } from './backoff'
import { type AlertRuleCriteria, matchesRule } from './matches-rule'
import { maskWebhookUrl } from './mask-url'
import {
  jsonPayload,
  jsonRunPayload,
  type PayloadIncident,
  type PayloadRun,
  slackMessage,
  slackRunMessage,
} from './webhook-payloads'

const storm: PayloadIncident = {
  id: 7,
  severity: 'critical',
  accountId: '123456789012',
  firstDay: '2026-10-03',
  lastDay: '2026-10-31',
  extraCostUsd: '293.7412',
  exposureUsd: null,
  root: {
    kind: 'retry_amplification',
    functionName: 'recommender-embed-user',
    usageType: null,
    region: 'ap-northeast-2',
    impactUsd: '293.7412',
    explanation: 'recommender-embed-user: 41,760 asynchronous events failed & each was attempted 3.0× <retries>',
  },
  symptoms: [
    {
      kind: 'warmup_budget_overrun',
      functionName: 'recommender-embed-user',
      usageType: null,
      region: 'ap-northeast-2',
      impactUsd: '291.78',
      explanation: '…',
    },
    {
      kind: 'cost_spike',
      functionName: null,
      usageType: 'APN2-Lambda-GB-Second-ARM',
      region: 'ap-northeast-2',
      impactUsd: '282.8',
      explanation: '…',
    },
  ],
}
const alertable = {
  kinds: ['retry_amplification', 'warmup_budget_overrun', 'cost_spike'] as const,
  severity: 'critical' as const,
  extraCostUsd: '293.7412',
  exposureUsd: null,
  accountId: '123456789012',
  functionIds: [3],
}
const risk = {
  ...alertable,
  kinds: ['config_risk' as const],
  severity: 'medium' as const,
  extraCostUsd: '0',
  exposureUsd: '1024.13',
}
const rule: AlertRuleCriteria = { kinds: [], minSeverity: 'low', minImpactUsd: null, accountId: null, functionId: null }

describe('matchesRule', () => {
  it('matches an incident on the kinds of its root cause and symptoms, minimum severity, minimum amount and scope', () => {
    const incident = { ...alertable, kinds: [...alertable.kinds] }
    expect(matchesRule(rule, incident)).toBe(true)
    expect(matchesRule({ ...rule, kinds: ['error_spike'] }, incident)).toBe(false)
    // The storm showed as a cost spike too: a rule for cost spikes hears about it.
    expect(matchesRule({ ...rule, kinds: ['cost_spike'] }, incident)).toBe(true)
    expect(matchesRule({ ...rule, minSeverity: 'critical' }, { ...incident, severity: 'high' })).toBe(false)
    expect(matchesRule({ ...rule, minImpactUsd: '293.75' }, incident)).toBe(false)
    expect(matchesRule({ ...rule, minImpactUsd: '293.7412' }, incident)).toBe(true)
    expect(matchesRule({ ...rule, accountId: '210987654321' }, incident)).toBe(false)
    expect(matchesRule({ ...rule, functionId: 3 }, incident)).toBe(true)
    expect(matchesRule({ ...rule, functionId: 4 }, incident)).toBe(false)
  })

  it('holds a configuration risk’s worst-case exposure against the minimum amount (it has no extra cost)', () => {
    const incident = { ...risk, kinds: [...risk.kinds] }
    expect(matchesRule({ ...rule, minImpactUsd: '1000' }, incident)).toBe(true)
    expect(matchesRule({ ...rule, minImpactUsd: '1024.14' }, incident)).toBe(false)
  })
})

describe('nextAttemptAt', () => {
  it('backs off 1, 2, 4 … minutes and gives up after the last attempt', () => {
    const now = new Date('2026-11-22T00:00:00Z')
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(
      (attempts) => (nextAttemptAt(now, attempts)!.getTime() - now.getTime()) / 60_000,
    )
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256])
    expect(nextAttemptAt(now, MAX_DELIVERY_ATTEMPTS)).toBeNull()
  })
})

describe('webhook payloads', () => {
  it('writes one Slack message for an incident: its root cause escaped, what else it showed as, and a link', () => {
    const message = slackMessage(storm, 'https://finops.example.com/anomalies?open=7')
    const seenAs =
      ' Also seen as: keep-warm budget overrun ($291.78), cost spike of APN2-Lambda-GB-Second-ARM ($282.80).'
    expect(message.text).toBe(
      'Retry amplification (Critical) on recommender-embed-user: $293.74 extra — ' + storm.root.explanation + seenAs,
    )
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text:
          '*Retry amplification (Critical) on recommender-embed-user: $293.74 extra*\nrecommender-embed-user: 41,760 asynchronous events failed &amp; each was attempted 3.0× &lt;retries&gt;' +
          seenAs,
      },
    })
    expect(JSON.stringify(message.blocks[1])).toContain(
      '<https://finops.example.com/anomalies?open=7|Open in Lambda FinOps>',
    )
    expect(JSON.stringify(message.blocks[1])).toContain('2026-10-03 to 2026-10-31')
  })

  it('says a configuration risk is money at risk, not spent', () => {
    const lint = {
      ...storm,
      severity: 'medium' as const,
      extraCostUsd: '0',
      exposureUsd: '1024.13',
      symptoms: [],
      root: { ...storm.root, kind: 'config_risk' as const, impactUsd: '0', explanation: 'no dead-letter queue' },
    }
    expect(slackMessage(lint, null).text).toBe(
      'Configuration risk (Medium) on recommender-embed-user: worst case $1,024.13 a month above recent cost — no dead-letter queue',
    )
  })

  it('wraps the incident for generic JSON receivers', () => {
    expect(jsonPayload(storm, { id: 1, name: 'oncall' }, null)).toEqual({
      type: 'incident',
      rule: { id: 1, name: 'oncall' },
      link: null,
      incident: storm,
    })
  })

  const run: PayloadRun = {
    id: 'r-1',
    trigger: 'cli',
    from: '2026-10-01',
    to: '2026-10-31',
    finishedAt: '2026-11-01T06:04:59.123Z',
    error: 'October does not add up: <lines> & totals differ',
    warnings: [],
  }

  it('says why an ingestion run failed, escaped, when it finished and where to look', () => {
    const message = slackRunMessage(run, 'https://finops.example.com/ingestion')
    expect(message.text).toBe(
      'Ingestion run failed (cli, 2026-10-01 to 2026-10-31): data may be out of date until a run succeeds — October does not add up: <lines> & totals differ',
    )
    expect(JSON.stringify(message.blocks[0])).toContain('October does not add up: &lt;lines&gt; &amp; totals differ')
    expect(message.blocks[1]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'finished 2026-11-01 06:04 UTC · run r-1 · <https://finops.example.com/ingestion|Open in Lambda FinOps>',
        },
      ],
    })
    expect(slackRunMessage({ ...run, error: null, finishedAt: null }, null).text).toMatch(/— no error recorded$/)
  })

  it('wraps the run for generic JSON receivers', () => {
    expect(jsonRunPayload(run, { id: 2, name: 'ops' }, null)).toEqual({
      type: 'ingestion_failed',
      rule: { id: 2, name: 'ops' },
      link: null,
      run,
    })
  })
})

describe('maskWebhookUrl', () => {
  it('keeps the host and the last four characters only', () => {
    expect(maskWebhookUrl('https://hooks.slack.com/services/T000/B000/XXXXabcd')).toBe('https://hooks.slack.com/…abcd')
    expect(maskWebhookUrl('http://127.0.0.1:8080/hook')).toBe('http://127.0.0.1:8080/…hook')
    expect(maskWebhookUrl('not a url')).toBe('…')
  })
})
