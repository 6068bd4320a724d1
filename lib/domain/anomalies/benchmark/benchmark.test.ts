import { describe, expect, it } from 'vitest'
import { DEMO_SCENARIO } from '@/lib/domain/demo/demo-scenario'
import { generateDataset } from '@/lib/domain/demo/generate-dataset'
import { toDecimal } from '@/lib/domain/money'
import { historiesFromDataset } from '../histories-from-dataset'
import type { DetectedAnomaly } from '../types'
import { labelledScenario, type GroundTruth } from './labelled-scenarios'
import { detectionDelayHours } from './measure-delay'
import { scoreDetections } from './score-detections'

const truth = (overrides: Partial<GroundTruth>): GroundTruth => ({
  accountId: '1',
  region: 'us-east-1',
  functionName: 'fn',
  incident: 'retry_amplification',
  fromDay: '2026-10-10',
  toDay: '2026-10-12',
  expected: 'retry_amplification',
  related: ['cost_spike'],
  inHourlyWindow: false,
  ...overrides,
})

const anomaly = (overrides: Partial<DetectedAnomaly>): DetectedAnomaly => ({
  accountId: '1',
  region: 'us-east-1',
  functionKey: 'fn',
  functionName: 'fn',
  service: 'AWS Lambda',
  usageType: null,
  kind: 'retry_amplification',
  fingerprint: 'x',
  periodStart: '2026-10-10T00:00:00.000Z',
  periodEnd: '2026-10-13T00:00:00.000Z',
  severity: 'high',
  impactUsd: toDecimal(1),
  exposureUsd: null,
  explanation: '',
  evidence: {},
  ...overrides,
})

describe('labelled scenarios', () => {
  it('are deterministic per seed and inject every kind of incident across a few seeds', () => {
    const options = { functions: 40, months: 5, today: '2026-11-22', hourlyDays: 14 }
    expect(JSON.stringify(labelledScenario(3, options))).toBe(JSON.stringify(labelledScenario(3, options)))
    const kinds = new Set(
      [1, 2, 3, 4, 5].flatMap((seed) => labelledScenario(seed, options).truth.map((t) => t.expected)),
    )
    expect(kinds).toEqual(
      new Set([
        'retry_amplification',
        'timeout_amplification',
        'warmup_budget_overrun',
        'cost_spike',
        'error_spike',
        'throttle_spike',
        null,
      ]),
    )
  })
})

describe('scoreDetections', () => {
  it('counts a related kind on the incident as found, anything off the incident or on a benign change as a false alarm, and lints apart', () => {
    const score = scoreDetections(
      [
        anomaly({ kind: 'cost_spike' }),
        anomaly({ periodStart: '2026-09-01T00:00:00.000Z', periodEnd: '2026-09-02T00:00:00.000Z' }),
        anomaly({ functionName: 'grown', kind: 'cost_spike' }),
        anomaly({ kind: 'config_risk', periodStart: '2026-01-01T00:00:00.000Z' }),
      ],
      [truth({}), truth({ functionName: 'grown', incident: 'traffic_growth', expected: null, related: [] })],
    )
    expect(score).toMatchObject({
      incidents: 1,
      found: 1,
      foundAsExpected: 0,
      anomalies: 3,
      truePositives: 1,
      lints: 1,
    })
    expect(score.falseAlarms).toHaveLength(2)
  })
})

describe('detectionDelayHours', () => {
  it('replays the demo nightly job: its timeouts are caught when the 17:00 hour of the first bad night is in', () => {
    const production = DEMO_SCENARIO.accounts[0]!
    const dataset = generateDataset(
      {
        ...DEMO_SCENARIO,
        accounts: [
          { ...production, functions: production.functions.filter((fn) => fn.name === 'nightly-tenant-report') },
        ],
      },
      '2026-11-22',
    )
    const [history] = historiesFromDataset(dataset)
    const nightly = truth({
      accountId: production.id,
      region: 'ap-northeast-2',
      functionName: 'nightly-tenant-report',
      incident: 'timeout_amplification',
      fromDay: '2026-11-16',
      toDay: '2026-11-21',
      expected: 'timeout_amplification',
      inHourlyWindow: true,
    })
    expect(detectionDelayHours(history!, nightly, dataset.hourlyFromDay, 30)).toBe(18)
  })
})
