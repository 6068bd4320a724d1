import { describe, expect, it } from 'vitest'
import { toDecimal } from '@/lib/domain/money'
import { attributeUsageTypeSpikes } from './attribute-usage-type-spikes'
import type { DetectedAnomaly } from './types'

const base: DetectedAnomaly = {
  accountId: '1',
  region: 'ap-northeast-2',
  functionKey: null,
  functionName: null,
  service: 'AWS Lambda',
  usageType: 'APN2-Lambda-GB-Second-ARM',
  kind: 'cost_spike',
  fingerprint: 'ut',
  periodStart: '2026-10-03T00:00:00.000Z',
  periodEnd: '2026-10-31T00:00:00.000Z',
  severity: 'critical',
  impactUsd: toDecimal('282.8'),
  exposureUsd: null,
  explanation:
    'APN2-Lambda-GB-Second-ARM (AWS Lambda, account 1) cost $334.82 from 3 Oct to 30 Oct 2026, $282.80 more than usual.',
  evidence: {},
}

describe('attributeUsageTypeSpikes', () => {
  it('names the overlapping function anomalies of the same account and region, largest first', () => {
    const retry = {
      ...base,
      functionKey: '7',
      functionName: 'recommender-embed-user',
      usageType: null,
      kind: 'retry_amplification' as const,
      impactUsd: toDecimal('293.74'),
      fingerprint: 'r',
    }
    const budget = {
      ...retry,
      kind: 'warmup_budget_overrun' as const,
      impactUsd: toDecimal('291.78'),
      fingerprint: 'w',
    }
    const elsewhere = { ...retry, region: 'us-east-1', fingerprint: 'e' }
    const [spike] = attributeUsageTypeSpikes([base, retry, budget, elsewhere])
    expect(spike!.explanation).toBe(
      'APN2-Lambda-GB-Second-ARM (AWS Lambda, account 1) cost $334.82 from 3 Oct to 30 Oct 2026, $282.80 more than usual; function anomalies on the same days: recommender-embed-user (retry amplification, $293.74), recommender-embed-user (keep-warm budget overrun, $291.78).',
    )
    expect(spike!.evidence.functionAnomalies).toBe(2)
  })

  it('leaves other services and unexplained spikes as they are', () => {
    const nat = { ...base, service: 'EC2 - Other', usageType: 'APN2-NatGateway-Bytes' }
    expect(attributeUsageTypeSpikes([nat, base])).toEqual([nat, base])
  })
})
