import { describe, expect, it } from 'vitest'
import { MissingFxRateError } from '../fx/month-rates'
import { budgetInUsd, eventsToSend, judgeBudget } from './spend-budget'

describe('spend budget', () => {
  it('on track while actual and forecast stay within the budget', () => {
    const judgement = judgeBudget('1000.00', '400.00', '950.00')
    expect(judgement.status).toBe('on-track')
    expect(judgement.usedShare?.toFixed()).toBe('0.4')
    expect(judgement.forecastShare?.toFixed()).toBe('0.95')
    expect(judgement.reached).toEqual([])
  })

  it('forecast over when the month-end forecast passes the budget before actual does', () => {
    const judgement = judgeBudget('1000', '800.00', '1000.01')
    expect(judgement.status).toBe('forecast-over')
    expect(judgement.reached).toEqual(['forecast-over', 'actual-80']) // 800 is exactly 80%
  })

  it('80% is reached at exactly 80% and 100% at exactly the budget, and the status says what the alerts say', () => {
    expect(judgeBudget('1000', '799.99', '900').reached).toEqual([])
    const atBudget = judgeBudget('1000', '1000.00', '1000.00')
    expect(atBudget.reached).toEqual(['actual-80', 'actual-100'])
    expect(atBudget.status).toBe('over')
    const beyond = judgeBudget('1000', '1000.01', '1200')
    expect(beyond.status).toBe('over')
    expect(beyond.reached).toEqual(['forecast-over', 'actual-80', 'actual-100'])
  })

  it('actual over without a forecast over is actual-100 only: forecast-over is recorded only when the forecast is', () => {
    const noForecast = judgeBudget('1000', '1000.01', null)
    expect(noForecast.reached).toEqual(['actual-80', 'actual-100'])
    expect(noForecast.status).toBe('over')
    expect(noForecast.forecastShare).toBeNull()
    // A finished month: its forecast is its actual, exactly the budget, so never forecast over.
    expect(judgeBudget('1000', '1000', '1000').reached).not.toContain('forecast-over')
  })

  it('a budget of zero: any spend is over, nothing spent is on track, and shares are not numbers to divide by', () => {
    const judgement = judgeBudget('0', '0.01', '0.02')
    expect(judgement.status).toBe('over')
    expect([judgement.usedShare, judgement.forecastShare]).toEqual([null, null])
    expect(judgeBudget('0', '0', '0')).toMatchObject({ status: 'on-track', reached: [] })
  })

  it('sends each event once per budget and month', () => {
    const judgement = judgeBudget('100', '85', '120')
    expect(eventsToSend(judgement, new Set())).toEqual(['forecast-over', 'actual-80'])
    expect(eventsToSend(judgement, new Set(['forecast-over']))).toEqual(['actual-80'])
    expect(eventsToSend(judgement, new Set(['forecast-over', 'actual-80']))).toEqual([])
  })

  it('a budget in won is judged in USD at the month’s recorded rate, never without one', () => {
    // ₩1,450,000 at 1,450.00 ₩/$ is exactly $1,000.
    expect(budgetInUsd({ currency: 'KRW', amount: '1450000' }, '2026-12', '1450.00').toFixed()).toBe('1000')
    expect(budgetInUsd({ currency: 'KRW', amount: '1000000' }, '2026-12', '1400').toDecimalPlaces(6).toFixed()).toBe(
      '714.285714',
    )
    expect(budgetInUsd({ currency: 'USD', amount: '250.50' }, '2026-12', null).toFixed()).toBe('250.5')
    expect(() => budgetInUsd({ currency: 'KRW', amount: '1' }, '2026-12', null)).toThrow(MissingFxRateError)
  })
})
