import { describe, expect, it } from 'vitest'
import { MAX_DELIVERY_ATTEMPTS, nextAttemptAt } from './backoff'
import { type AlertRuleCriteria, matchesRule } from './matches-rule'
import { maskWebhookUrl } from './mask-url'
import { jsonPayload, jsonRunPayload, type PayloadAnomaly, type PayloadRun, slackMessage, slackRunMessage } from './webhook-payloads'

const anomaly: PayloadAnomaly & { functionId: number } = {
  id: 7,
  kind: 'retry_amplification',
  severity: 'critical',
  functionName: 'recommender-embed-user',
  functionId: 3,
  usageType: null,
  accountId: '123456789012',
  region: 'ap-northeast-2',
  firstDay: '2026-10-03',
  lastDay: '2026-10-31',
  impactUsd: '293.7412',
  explanation: 'recommender-embed-user: 41,760 asynchronous events failed & each was attempted 3.0× <retries>',
  evidence: { attemptsPerFailedEvent: 3 },
}
const rule: AlertRuleCriteria = { kinds: [], minSeverity: 'low', minImpactUsd: null, accountId: null, functionId: null }

describe('matchesRule', () => {
  it('matches on kinds, minimum severity, minimum impact and scope', () => {
    expect(matchesRule(rule, anomaly)).toBe(true)
    expect(matchesRule({ ...rule, kinds: ['cost_spike'] }, anomaly)).toBe(false)
    expect(matchesRule({ ...rule, kinds: ['cost_spike', 'retry_amplification'] }, anomaly)).toBe(true)
    expect(matchesRule({ ...rule, minSeverity: 'critical' }, { ...anomaly, severity: 'high' })).toBe(false)
    expect(matchesRule({ ...rule, minImpactUsd: '293.75' }, anomaly)).toBe(false)
    expect(matchesRule({ ...rule, minImpactUsd: '293.7412' }, anomaly)).toBe(true)
    expect(matchesRule({ ...rule, accountId: '210987654321' }, anomaly)).toBe(false)
    expect(matchesRule({ ...rule, functionId: 3 }, anomaly)).toBe(true)
    expect(matchesRule({ ...rule, functionId: 4 }, anomaly)).toBe(false)
  })
})

describe('nextAttemptAt', () => {
  it('backs off 1, 2, 4 … minutes and gives up after the last attempt', () => {
    const now = new Date('2026-11-22T00:00:00Z')
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempts) => (nextAttemptAt(now, attempts)!.getTime() - now.getTime()) / 60_000)
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256])
    expect(nextAttemptAt(now, MAX_DELIVERY_ATTEMPTS)).toBeNull()
  })
})

describe('webhook payloads', () => {
  it('writes a Slack incoming-webhook message with the title, the explanation escaped, and a link', () => {
    const message = slackMessage(anomaly, 'https://finops.example.com/anomalies?id=7')
    expect(message.text).toBe('Retry amplification (critical) on recommender-embed-user: $293.74 over expected — ' + anomaly.explanation)
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Retry amplification (critical) on recommender-embed-user: $293.74 over expected*\nrecommender-embed-user: 41,760 asynchronous events failed &amp; each was attempted 3.0× &lt;retries&gt;' },
    })
    expect(JSON.stringify(message.blocks[1])).toContain('<https://finops.example.com/anomalies?id=7|Open in Lambda FinOps>')
    expect(JSON.stringify(message.blocks[1])).toContain('2026-10-03 to 2026-10-31')
  })

  it('wraps the anomaly for generic JSON receivers', () => {
    expect(jsonPayload(anomaly, { id: 1, name: 'oncall' }, null)).toEqual({ type: 'anomaly', rule: { id: 1, name: 'oncall' }, link: null, anomaly })
  })

  const run: PayloadRun = { id: 'r-1', trigger: 'cli', from: '2026-10-01', to: '2026-10-31', finishedAt: '2026-11-01T06:04:59.123Z', error: 'October does not add up: <lines> & totals differ', warnings: [] }

  it('says why an ingestion run failed, escaped, when it finished and where to look', () => {
    const message = slackRunMessage(run, 'https://finops.example.com/ingestion')
    expect(message.text).toBe('Ingestion run failed (cli, 2026-10-01 to 2026-10-31): data may be out of date until a run succeeds — October does not add up: <lines> & totals differ')
    expect(JSON.stringify(message.blocks[0])).toContain('October does not add up: &lt;lines&gt; &amp; totals differ')
    expect(message.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'finished 2026-11-01 06:04 UTC · run r-1 · <https://finops.example.com/ingestion|Open in Lambda FinOps>' }] })
    expect(slackRunMessage({ ...run, error: null, finishedAt: null }, null).text).toMatch(/— no error recorded$/)
  })

  it('wraps the run for generic JSON receivers', () => {
    expect(jsonRunPayload(run, { id: 2, name: 'ops' }, null)).toEqual({ type: 'ingestion_failed', rule: { id: 2, name: 'ops' }, link: null, run })
  })
})

describe('maskWebhookUrl', () => {
  it('keeps the host and the last four characters only', () => {
    expect(maskWebhookUrl('https://hooks.slack.com/services/T000/B000/XXXXabcd')).toBe('https://hooks.slack.com/…abcd')
    expect(maskWebhookUrl('http://127.0.0.1:8080/hook')).toBe('http://127.0.0.1:8080/…hook')
    expect(maskWebhookUrl('not a url')).toBe('…')
  })
})
