import { describe, expect, it } from 'vitest'
import { Decimal } from '../../money'
import type { Backtest } from '../backtest'
import { scoreBacktests } from './score-backtests'

const backtest = (actual: string, model: [string, string, string], runRate: [string, string, string]): Backtest => ({
  month: '2026-10',
  actual: new Decimal(actual),
  forecastOnDay: { 7: new Decimal(model[0]), 14: new Decimal(model[1]), 21: new Decimal(model[2]) },
  runRateOnDay: { 7: new Decimal(runRate[0]), 14: new Decimal(runRate[1]), 21: new Decimal(runRate[2]) },
})

describe('backtest score', () => {
  it('averages absolute percentage errors per replay day, for the model and the run rate alike', () => {
    const score = scoreBacktests([
      backtest('100', ['110', '95', '100'], ['130', '80', '105']),
      backtest('200', ['180', '210', '202'], ['140', '260', '190']),
    ])
    // Day 7: model |10%| and |10%| → 10; run rate 30% and 30% → 30.
    // Day 14: model 5% and 5% → 5; run rate 20% and 30% → 25. Day 21: model 0% and 1% → 0.5; run rate 5% and 5% → 5.
    expect(score.months).toBe(2)
    expect(score.model[7]).toBeCloseTo(10, 10)
    expect(score.model[14]).toBeCloseTo(5, 10)
    expect(score.model[21]).toBeCloseTo(0.5, 10)
    expect(score.runRate[7]).toBeCloseTo(30, 10)
    expect(score.runRate[14]).toBeCloseTo(25, 10)
    expect(score.runRate[21]).toBeCloseTo(5, 10)
  })

  it('skips months that cost nothing (no percentage of zero) and says so in the count', () => {
    const score = scoreBacktests([
      backtest('0', ['1', '1', '1'], ['1', '1', '1']),
      backtest('50', ['40', '50', '55'], ['50', '50', '50']),
    ])
    expect(score.months).toBe(1)
    expect(score.model[7]).toBeCloseTo(20, 10)
    expect(score.model[21]).toBeCloseTo(10, 10)
    expect(score.runRate[14]).toBe(0)
  })

  it('with no month to judge, the errors are not numbers rather than a flattering zero', () => {
    expect(Number.isNaN(scoreBacktests([]).model[7])).toBe(true)
  })
})
