import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DEMO_SCENARIO } from './demo-scenario'
import { generateDataset } from './generate-dataset'

const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

describe('generateDataset (demo scenario)', () => {
  const dataset = generateDataset(DEMO_SCENARIO, '2026-11-22')

  it('is deterministic for the same scenario and day', () => {
    expect(fingerprint(generateDataset(DEMO_SCENARIO, '2026-11-22'))).toBe(fingerprint(dataset))
  })

  it('covers 13 months ending yesterday, with hourly data for the last 14 days', () => {
    expect(dataset.firstDay).toBe('2025-11-01')
    expect(dataset.lastDay).toBe('2026-11-21')
    expect(dataset.hourlyFromDay).toBe('2026-11-08')
    expect(dataset.hourlyMetrics.every((row) => row.hour >= '2026-11-08' && row.hour < '2026-11-22')).toBe(true)
    expect(new Set(dataset.functions.map((fn) => fn.region))).toEqual(new Set(['ap-northeast-2', 'us-east-1']))
    expect(dataset.functions.length).toBeGreaterThanOrEqual(38)
  })

  it('records the injected incidents as ground truth', () => {
    expect(dataset.incidents.map((incident) => `${incident.kind}:${incident.functionName}`)).toEqual(
      expect.arrayContaining([
        'retry_amplification:recommender-embed-user',
        'timeout_amplification:nightly-tenant-report',
        'traffic_growth:orders-api',
        'config_change:image-resizer',
      ]),
    )
  })

  it('shows retry amplification in the metrics: ~3 attempts per event, all failing', () => {
    const key = dataset.functions.find((fn) => fn.name === 'recommender-embed-user')!.key
    const day = dataset.dailyMetrics.find((row) => row.functionKey === key && row.day === '2026-10-15')!
    const pings = 24 * 60
    expect(day.invocations).toBeGreaterThan(pings * 3 * 0.99)
    // Every ping attempt fails; the few user-request errors come on top.
    expect(day.errors).toBeGreaterThanOrEqual(pings * 3)
    expect(day.errors).toBeLessThan(pings * 3 + 50)
    expect(day.asyncEventsDropped).toBe(pings)
    expect(day.durationMaxMs).toBeGreaterThan(90_000)
    const normal = dataset.dailyMetrics.find((row) => row.functionKey === key && row.day === '2026-09-15')!
    expect(normal.errors).toBeLessThan(20)
  })

  it('shows timeout amplification: hung jobs end at the 900 s timeout and are retried', () => {
    const key = dataset.functions.find((fn) => fn.name === 'nightly-tenant-report')!.key
    const day = dataset.dailyMetrics.find((row) => row.functionKey === key && row.day === '2026-11-19')!
    expect(day.durationMaxMs).toBe(900_000)
    expect(day.errors).toBe(8 * 3)
    expect(day.invocations).toBe(16 + 8 * 3)
  })

  it('records the memory raise as a new configuration snapshot', () => {
    const key = dataset.functions.find((fn) => fn.name === 'image-resizer')!.key
    const configs = dataset.configs.filter((config) => config.functionKey === key)
    expect(configs.map((config) => config.memoryMb)).toEqual([512, 1536])
    expect(configs[1]!.validFrom.startsWith('2026-06-12')).toBe(true)
  })
})
