import { describe, expect, it } from 'vitest'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { toDecimal } from '@/lib/domain/money'
import { type IncidentMember, groupIntoIncidents, summarizeIncident } from './group-incidents'

type Detection = IncidentMember & { name: string }

const ACCOUNT = '123456789012'
const REGION = 'ap-northeast-2'

/** A detection over whole days, `from` to `to` inclusive. */
function detection(
  name: string,
  kind: AnomalyKind,
  scope: { fn?: string; usageType?: string; service?: string; account?: string; region?: string },
  from: string,
  to: string,
  impact: string,
  severity: Severity = 'low',
): Detection {
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString()
  return {
    name,
    kind,
    accountId: scope.account ?? ACCOUNT,
    region: scope.region ?? REGION,
    functionKey: scope.fn ?? null,
    service: scope.service ?? 'AWS Lambda',
    periodStart: `${from}T00:00:00.000Z`,
    periodEnd: end,
    severity,
    impactUsd: toDecimal(kind === 'config_risk' ? '0' : impact),
    exposureUsd: kind === 'config_risk' ? toDecimal(impact) : null,
  }
}

const names = (incident: { root: Detection; symptoms: Detection[] }) => [
  incident.root.name,
  ...incident.symptoms.map((s) => s.name),
]

describe('the demo retry storm: recommender-embed-user from 3 Nov to 30 Nov', () => {
  // As the detectors report it: three critical detections of ~$280 each, a small ephemeral-storage spike on the
  // bill, and the configuration lint that made the storm possible (default retries, no dead-letter queue).
  const detections = [
    detection(
      'cost spike on the bill',
      'cost_spike',
      { usageType: 'APN2-Lambda-GB-Second-ARM' },
      '2026-11-03',
      '2026-11-30',
      '279.8301',
      'critical',
    ),
    detection(
      'keep-warm overrun',
      'warmup_budget_overrun',
      { fn: '7' },
      '2026-11-03',
      '2026-11-30',
      '278.8512',
      'critical',
    ),
    detection(
      'retry amplification',
      'retry_amplification',
      { fn: '7' },
      '2026-11-03',
      '2026-11-30',
      '280.6107',
      'critical',
    ),
    detection(
      'storage on the bill',
      'cost_spike',
      { usageType: 'APN2-Lambda-Storage-GB-Second-ARM' },
      '2026-11-03',
      '2026-11-30',
      '1.2912',
      'high',
    ),
    detection('no dead-letter queue', 'config_risk', { fn: '7' }, '2025-12-01', '2026-12-06', '782.05', 'medium'),
  ]
  const incidents = groupIntoIncidents(detections)

  it('is one incident with the retries as its root cause and the rest as symptoms', () => {
    const storm = incidents.find((incident) => incident.root.kind === 'retry_amplification')!
    expect(names(storm)).toEqual([
      'retry amplification',
      'keep-warm overrun',
      'cost spike on the bill',
      'storage on the bill',
    ])
  })

  it('counts its money once: ~$280, not the ~$840 of the detections added up', () => {
    const storm = incidents.find((incident) => incident.root.kind === 'retry_amplification')!
    expect(storm.extraCostUsd.toFixed()).toBe('280.6107')
    expect(storm.exposureUsd).toBeNull()
    expect(storm.severity).toBe('critical')
    expect([storm.firstDay, storm.lastDay]).toEqual(['2026-11-03', '2026-11-30'])
  })

  it('keeps the configuration risk apart: a worst-case exposure, no measured extra cost', () => {
    expect(incidents).toHaveLength(2)
    const risk = incidents.find((incident) => incident.root.kind === 'config_risk')!
    expect(risk.symptoms).toEqual([])
    expect(risk.extraCostUsd.toFixed()).toBe('0')
    expect(risk.exposureUsd!.toFixed()).toBe('782.05')
    // Sorted by measured extra cost: the real $280 before the hypothetical $782.
    expect(incidents.map((incident) => incident.root.kind)).toEqual(['retry_amplification', 'config_risk'])
  })
})

describe('what shares a subject and days', () => {
  it('a function’s detections on days that do not overlap are separate incidents; a chain of overlaps is one', () => {
    const incidents = groupIntoIncidents([
      detection('a', 'cost_spike', { fn: '1' }, '2026-09-01', '2026-09-03', '5'),
      detection('b', 'error_spike', { fn: '1' }, '2026-09-03', '2026-09-08', '1'),
      detection('c', 'cost_spike', { fn: '1' }, '2026-09-08', '2026-09-09', '2'),
      detection('d', 'cost_spike', { fn: '1' }, '2026-09-10', '2026-09-10', '3'),
    ])
    expect(incidents.map(names)).toEqual([['b', 'a', 'c'], ['d']])
  })

  it('an hourly detection and a daily one on the same day overlap', () => {
    const timeout = {
      ...detection('timeout', 'timeout_amplification', { fn: '2' }, '2026-11-16', '2026-11-16', '2.09'),
      periodStart: '2026-11-16T17:00:00.000Z',
      periodEnd: '2026-11-16T18:00:00.000Z',
    }
    const incidents = groupIntoIncidents([
      detection('cost', 'cost_spike', { fn: '2' }, '2026-11-16', '2026-11-16', '1.5'),
      timeout,
    ])
    expect(incidents.map(names)).toEqual([['timeout', 'cost']])
    expect(incidents[0]!.periodStart).toBe('2026-11-16T00:00:00.000Z')
  })

  it('different functions on the same days stay apart; the bill’s spike joins the one with the larger extra cost', () => {
    const incidents = groupIntoIncidents([
      detection('small function', 'cost_spike', { fn: '1' }, '2026-10-01', '2026-10-05', '12'),
      detection('large function', 'retry_amplification', { fn: '2' }, '2026-10-04', '2026-10-09', '90'),
      detection('bill', 'cost_spike', { usageType: 'APN2-Lambda-GB-Second' }, '2026-10-02', '2026-10-06', '95'),
    ])
    expect(incidents.map(names)).toEqual([['large function', 'bill'], ['small function']])
    // The bill saw more than the function's own metrics: the larger figure is the incident's.
    expect(incidents[0]!.extraCostUsd.toFixed()).toBe('95')
  })

  it('the bill’s spike joins only functions of its own account and region', () => {
    const incidents = groupIntoIncidents([
      detection(
        'other region',
        'retry_amplification',
        { fn: '1', region: 'us-east-1' },
        '2026-10-01',
        '2026-10-05',
        '50',
      ),
      detection(
        'other account',
        'retry_amplification',
        { fn: '2', account: '210987654321' },
        '2026-10-01',
        '2026-10-05',
        '50',
      ),
      detection('bill', 'cost_spike', { usageType: 'APN2-Lambda-GB-Second' }, '2026-10-02', '2026-10-03', '40'),
    ])
    expect(incidents).toHaveLength(3)
    expect(incidents.find((incident) => incident.root.name === 'bill')!.symptoms).toEqual([])
  })

  it('bill-level spikes with no function behind them group by account, region and service when their days overlap', () => {
    const incidents = groupIntoIncidents([
      detection('requests', 'cost_spike', { usageType: 'APN2-Request' }, '2026-08-01', '2026-08-02', '3'),
      detection('duration', 'cost_spike', { usageType: 'APN2-Lambda-GB-Second' }, '2026-08-02', '2026-08-04', '20'),
      detection('later', 'cost_spike', { usageType: 'APN2-Request' }, '2026-08-06', '2026-08-06', '4'),
      detection(
        'other service',
        'cost_spike',
        { usageType: 'APN2-TimedStorage-ByteHrs', service: 'Amazon S3' },
        '2026-08-02',
        '2026-08-02',
        '7',
      ),
    ])
    expect(incidents.map(names)).toEqual([['duration', 'requests'], ['other service'], ['later']])
  })

  it('configuration risks never join an occurrence, even of their own function', () => {
    const incidents = groupIntoIncidents([
      detection('risk', 'config_risk', { fn: '3' }, '2026-01-01', '2026-12-01', '100'),
      detection('another risk', 'config_risk', { fn: '3' }, '2026-01-01', '2026-12-01', '10'),
      detection('retries', 'retry_amplification', { fn: '3' }, '2026-06-01', '2026-06-02', '4'),
    ])
    expect(incidents.map(names).sort()).toEqual([['another risk'], ['retries'], ['risk']])
  })
})

describe('root cause, money and severity of an incident', () => {
  it('the cause comes first whatever it cost; the extra cost is the largest measured, the severity the worst', () => {
    const incident = summarizeIncident([
      detection('cost', 'cost_spike', { fn: '4' }, '2026-09-14', '2026-09-16', '41.5', 'high'),
      detection('errors', 'error_spike', { fn: '4' }, '2026-09-14', '2026-09-15', '0.01', 'medium'),
      detection('wall clock', 'duration_exceeds_wall_clock', { fn: '4' }, '2026-09-16', '2026-09-16', '3', 'critical'),
    ])
    expect(names(incident)).toEqual(['errors', 'wall clock', 'cost'])
    expect(incident.extraCostUsd.toFixed()).toBe('41.5')
    expect(incident.severity).toBe('critical')
    expect([incident.firstDay, incident.lastDay]).toEqual(['2026-09-14', '2026-09-16'])
  })

  it('of two detections of the same kind, the function’s own comes before the bill’s, then the larger', () => {
    const incident = summarizeIncident([
      detection('bill', 'cost_spike', { usageType: 'APN2-Lambda-GB-Second' }, '2026-09-14', '2026-09-16', '50'),
      detection('smaller', 'cost_spike', { fn: '4' }, '2026-09-14', '2026-09-16', '10'),
      detection('larger', 'cost_spike', { fn: '4' }, '2026-09-15', '2026-09-16', '20'),
    ])
    expect(names(incident)).toEqual(['larger', 'smaller', 'bill'])
  })

  it('an incident has at least one detection', () => {
    expect(() => summarizeIncident([])).toThrow(RangeError)
  })
})
