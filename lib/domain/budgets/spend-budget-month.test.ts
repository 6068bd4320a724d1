import { describe, expect, it } from 'vitest'
import { spendBudgetMonth } from './spend-budget-month'

describe('a spend budget’s month', () => {
  it('a USD budget without a rate: status from USD alone, no won figures', () => {
    const line = spendBudgetMonth({ currency: 'USD', amount: '1000.00' }, '2026-11', null, '412.345', '1010.5')
    expect(line.budgetUsd?.toFixed()).toBe('1000')
    expect(line.status).toBe('forecast-over')
    expect(line.usedShare?.toFixed()).toBe('0.412345')
    expect(line.forecastShare?.toFixed()).toBe('1.0105')
    expect(line.krw).toBeNull()
  })

  it('a USD budget in a month with a rate: every figure also in won, exactly', () => {
    const line = spendBudgetMonth({ currency: 'USD', amount: '1000' }, '2026-11', '1385.2', '10.01', '20')
    expect(line.krw?.budget.toFixed()).toBe('1385200')
    expect(line.krw?.actual.toFixed()).toBe('13865.852')
    expect(line.krw?.forecast.toFixed()).toBe('27704')
    expect(line.status).toBe('on-track')
  })

  it('a won budget is judged in USD at the month’s rate and keeps its own won', () => {
    const line = spendBudgetMonth({ currency: 'KRW', amount: '1000000' }, '2026-11', '1250', '799.99', '801')
    expect(line.budgetUsd?.toFixed()).toBe('800')
    expect(line.krw?.budget.toFixed()).toBe('1000000')
    expect(line.status).toBe('forecast-over')
    expect(spendBudgetMonth({ currency: 'KRW', amount: '1000000' }, '2026-11', '1250', '800', '900').status).toBe(
      'over', // ₩1,000,000 is exactly $800: used up
    )
  })

  it('a won budget in a month without a rate has no USD figure and no status, instead of a guessed rate', () => {
    const line = spendBudgetMonth({ currency: 'KRW', amount: '1000000' }, '2026-12', null, '800', '900')
    expect(line.status).toBe('no-rate')
    expect(line.budgetUsd).toBeNull()
    expect(line.usedShare).toBeNull()
    expect(line.actualUsd.toFixed()).toBe('800')
  })
})
