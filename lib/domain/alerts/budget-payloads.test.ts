import { describe, expect, it } from 'vitest'
import { budgetAlertTitle, jsonBudgetPayload, type PayloadBudgetAlert, slackBudgetMessage } from './budget-payloads'

const alert: PayloadBudgetAlert = {
  id: 7,
  event: 'forecast-over',
  month: '2026-11',
  scope: { kind: 'team', key: 'r&d <core>' },
  budgetUsd: '1000',
  actualUsd: '612.345',
  forecastUsd: '1104.995',
  drivers: [
    { label: 'search-api', usd: '400.125' },
    { label: 'AWS Lambda', usd: '100' },
  ],
}

describe('spend budget alert payloads', () => {
  it('say which event, with the forecast, the budget and the top drivers, rounded only here', () => {
    expect(budgetAlertTitle(alert)).toBe(
      'Spend budget for team r&d <core>, Nov 2026: forecast $1,105.00 exceeds the budget of $1,000.00',
    )
    expect(budgetAlertTitle({ ...alert, event: 'actual-80' })).toBe(
      'Spend budget for team r&d <core>, Nov 2026: $612.35 spent, 80% of the budget of $1,000.00 reached',
    )
    expect(budgetAlertTitle({ ...alert, event: 'actual-100', scope: { kind: 'total', key: 'total' } })).toBe(
      'Spend budget for the total, Nov 2026: $612.35 spent, the budget of $1,000.00 is used up',
    )
    const slack = slackBudgetMessage(alert, 'https://finops.example/budgets/spend?month=2026-11')
    expect(slack.text).toContain('Top drivers so far: search-api $400.13, AWS Lambda $100.00')
    // Slack markup in a team name is escaped, the link is not.
    expect(JSON.stringify(slack.blocks)).toContain('r&amp;d &lt;core&gt;')
    expect(JSON.stringify(slack.blocks)).toContain(
      '<https://finops.example/budgets/spend?month=2026-11|Open in Lambda FinOps>',
    )
  })

  it('JSON keeps the exact amounts', () => {
    const json = jsonBudgetPayload({ ...alert, drivers: [] }, { id: 1, name: 'finance' }, null)
    expect(json).toMatchObject({
      type: 'spend_budget',
      rule: { id: 1, name: 'finance' },
      link: null,
      alert: { forecastUsd: '1104.995', budgetUsd: '1000', drivers: [] },
    })
    expect(slackBudgetMessage({ ...alert, drivers: [] }, null).text).toContain('No cost so far this month.')
  })
})
