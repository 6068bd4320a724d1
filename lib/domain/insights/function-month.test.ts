import { describe, expect, it } from 'vitest'
import { toDecimal } from '@/lib/domain/money'
import { CostModelMismatchError, decomposeChange } from './decompose-change'
import { type FunctionPeriodTotals, toFunctionMonth } from './function-month'

// 30 days of 1,000,000 requests; memory was 1,024 MB for 200,000 s and 2,048 MB for 100,000 s.
const totals: FunctionPeriodTotals = {
  requests: '30000000',
  gbSeconds: '400000',
  runSeconds: '300000',
  requestCostUsd: '6',
  durationCostUsd: '6.66668',
  storageCostUsd: '0.01',
  provisionedCostUsd: '0',
  costUsd: '12.67668',
  errors: 12,
  asyncEventsReceived: 5000,
  asyncEventsDropped: 2,
  days: 30,
  daysWithInvocations: 30,
  memoryMb: 2048,
  architecture: 'x86_64',
  maxRetryAttempts: 2,
}

describe('toFunctionMonth', () => {
  it('charges what the stored estimate charged per request and per GB-s, storage surcharge included', () => {
    const month = toFunctionMonth(totals, { region: 'us-east-1', keepWarm: null })
    expect(month).toMatchObject({
      requests: 30_000_000,
      gbSeconds: '400000',
      architecture: 'x86_64',
      region: 'us-east-1',
      errors: 12,
      asyncEventsReceived: 5000,
      asyncEventsDropped: 2,
      maxRetryAttempts: 2,
      keepWarmPings: null,
      provisionedCostUsd: '0',
      costUsd: '12.67668',
    })
    // $6 / 30,000,000 requests; ($6.66668 + $0.01) / 400,000 GB-s.
    expect(toDecimal(month.requestPriceUsd!).toFixed()).toBe('0.0000002')
    expect(toDecimal(month.gbSecondPriceUsd!).toFixed()).toBe('0.0000166917')
  })

  it('weights memory by run time: 400,000 GB-s over 300,000 s is 1,365.33 MB', () => {
    expect(toFunctionMonth(totals, { region: 'us-east-1', keepWarm: null }).memoryMb).toBeCloseTo(1365.3333333, 6)
    // Without run time, the configured memory.
    expect(
      toFunctionMonth(
        { ...totals, gbSeconds: '0', runSeconds: '0', durationCostUsd: '0', storageCostUsd: '0', costUsd: '6' },
        { region: 'us-east-1', keepWarm: null },
      ).memoryMb,
    ).toBe(2048)
  })

  it('has no unit price on a meter that billed nothing', () => {
    const idle = toFunctionMonth(
      {
        ...totals,
        requests: '0',
        gbSeconds: '0',
        runSeconds: '0',
        requestCostUsd: '0',
        durationCostUsd: '0',
        storageCostUsd: '0',
        provisionedCostUsd: '5',
        costUsd: '5',
      },
      { region: 'us-east-1', keepWarm: null },
    )
    expect([idle.requestPriceUsd, idle.gbSecondPriceUsd]).toEqual([null, null])
  })

  it('counts the keep-warm pings of the days that had invocations', () => {
    // Every 5 minutes, 2 at a time: 288 × 2 = 576 a day, over 20 days.
    expect(
      toFunctionMonth(
        { ...totals, daysWithInvocations: 20 },
        { region: 'us-east-1', keepWarm: { intervalMinutes: 5, concurrency: 2 } },
      ).keepWarmPings,
    ).toBe(11_520)
  })

  it('charges the stored amounts’ rounding with the duration, up to 2.5e-10 a day, so the model reproduces the stored total', () => {
    // The parts add up to $12.67668; the stored total is 30 days × 2.5e-10 = 7.5e-9 above them.
    const rounded = toFunctionMonth({ ...totals, costUsd: '12.6766800075' }, { region: 'us-east-1', keepWarm: null })
    expect(toDecimal(rounded.gbSecondPriceUsd!).toFixed()).toBe('0.00001669170001875')
    expect(decomposeChange(rounded, rounded).parts).toEqual([])
  })

  it('leaves a larger gap for the decomposition to report', () => {
    const off = toFunctionMonth({ ...totals, costUsd: '12.6766800076' }, { region: 'us-east-1', keepWarm: null })
    expect(toDecimal(off.gbSecondPriceUsd!).toFixed()).toBe('0.0000166917')
    expect(() => decomposeChange(toFunctionMonth(totals, { region: 'us-east-1', keepWarm: null }), off)).toThrowError(
      CostModelMismatchError,
    )
  })
})
