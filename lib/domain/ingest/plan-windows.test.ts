import { describe, expect, it } from 'vitest'
import { backfillStart, incrementalWindow, metricResolutions, splitByMonth, unionOf } from './plan-windows'

describe('splitByMonth', () => {
  it('cuts an inclusive range at month ends, clipping the first and last piece', () => {
    expect(splitByMonth({ from: '2026-01-30', to: '2026-03-02' })).toEqual([
      { from: '2026-01-30', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-02' },
    ])
    expect(splitByMonth({ from: '2026-05-07', to: '2026-05-07' })).toEqual([{ from: '2026-05-07', to: '2026-05-07' }])
    expect(splitByMonth({ from: '2026-05-08', to: '2026-05-07' })).toEqual([])
  })

  it('ends across year 9999 (months are counted, not compared as text)', () => {
    expect(splitByMonth({ from: '9999-12-15', to: '10000-01-03' })).toEqual([
      { from: '9999-12-15', to: '9999-12-31' },
      { from: '10000-01-01', to: '10000-01-03' },
    ])
  })
})

describe('incrementalWindow', () => {
  const today = '2026-11-22'

  it('backfills the current month and the twelve before when nothing is stored', () => {
    expect(incrementalWindow({ today, lastStoredDay: null })).toEqual({ from: '2025-11-01', to: '2026-11-21' })
    expect(backfillStart(today)).toBe('2025-11-01')
  })

  it('re-fetches the last 3 days when up to date', () => {
    expect(incrementalWindow({ today, lastStoredDay: '2026-11-21' })).toEqual({ from: '2026-11-19', to: '2026-11-21' })
  })

  it('adds whatever is missing since the last stored day, and days still estimated', () => {
    expect(incrementalWindow({ today, lastStoredDay: '2026-11-10' })).toEqual({ from: '2026-11-11', to: '2026-11-21' })
    expect(incrementalWindow({ today, lastStoredDay: '2026-11-21', earliestEstimatedDay: '2026-10-28' })).toEqual({
      from: '2026-10-28',
      to: '2026-11-21',
    })
  })

  it('never reaches back beyond what Cost Explorer keeps', () => {
    expect(incrementalWindow({ today, lastStoredDay: '2024-01-01' }).from).toBe('2025-11-01')
  })
})

describe('metricResolutions', () => {
  it('fetches hourly data for the last 14 days, daily for all retained days, and reports what CloudWatch no longer keeps', () => {
    const today = '2026-11-22'
    expect(metricResolutions({ from: '2026-11-01', to: '2026-11-21' }, today)).toEqual({
      daily: { from: '2026-11-01', to: '2026-11-21' },
      hourly: { from: '2026-11-08', to: '2026-11-21' },
      expired: null,
    })
    expect(metricResolutions({ from: '2025-08-01', to: '2025-08-31' }, today)).toEqual({
      daily: { from: '2025-08-24', to: '2025-08-31' },
      hourly: null,
      expired: { from: '2025-08-01', to: '2025-08-23' },
    })
  })

  it('unites ranges', () => {
    expect(
      unionOf([
        { from: '2026-01-05', to: '2026-01-09' },
        { from: '2026-01-01', to: '2026-01-03' },
      ]),
    ).toEqual({ from: '2026-01-01', to: '2026-01-09' })
  })
})
