// What a webhook receives when a spend budget is crossed (lib/domain/budgets/spend-budget.ts: the month's
// forecast first exceeds the budget, actual reaches 80% or 100% of it): a Slack message or the alert as JSON, with
// the forecast, the budget and the top drivers of the scope's cost so far.
import type { BudgetEvent } from '@/lib/domain/budgets/spend-budget'
import { formatUsd } from '@/lib/domain/money'
import { monthAbbreviation } from '@/lib/domain/calendar'
import { escape } from './webhook-payloads'

export type BudgetScope = { kind: 'total' | 'team' | 'account' | 'service'; key: string }

export type PayloadBudgetAlert = {
  id: number
  event: BudgetEvent
  month: string
  scope: BudgetScope
  budgetUsd: string
  actualUsd: string
  forecastUsd: string
  /** The largest parts of the scope's cost so far this month, largest first. */
  drivers: { label: string; usd: string }[]
}

export function scopeName(scope: BudgetScope): string {
  return scope.kind === 'total' ? 'the total' : `${scope.kind} ${scope.key}`
}

function monthName(month: string): string {
  const [year, index] = month.split('-')
  return `${monthAbbreviation(index!)} ${year}`
}

export function budgetAlertTitle(alert: PayloadBudgetAlert): string {
  const what = `Spend budget for ${scopeName(alert.scope)}, ${monthName(alert.month)}`
  const budget = formatUsd(alert.budgetUsd)
  switch (alert.event) {
    case 'forecast-over':
      return `${what}: forecast ${formatUsd(alert.forecastUsd)} exceeds the budget of ${budget}`
    case 'actual-80':
      return `${what}: ${formatUsd(alert.actualUsd)} spent, 80% of the budget of ${budget} reached`
    case 'actual-100':
      return `${what}: ${formatUsd(alert.actualUsd)} spent, the budget of ${budget} is used up`
  }
}

function driversLine(alert: PayloadBudgetAlert): string {
  if (alert.drivers.length === 0) return 'No cost so far this month.'
  return `Top drivers so far: ${alert.drivers.map((driver) => `${driver.label} ${formatUsd(driver.usd)}`).join(', ')}`
}

export function slackBudgetMessage(alert: PayloadBudgetAlert, link: string | null) {
  const title = budgetAlertTitle(alert)
  const context = `month to date ${formatUsd(alert.actualUsd)} · forecast ${formatUsd(alert.forecastUsd)} · budget ${formatUsd(alert.budgetUsd)}`
  return {
    text: `${title} — ${driversLine(alert)}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escape(title)}*\n${escape(driversLine(alert))}` } },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: escape(context) + (link ? ` · <${link}|Open in Lambda FinOps>` : '') }],
      },
    ],
  }
}

export function jsonBudgetPayload(alert: PayloadBudgetAlert, rule: { id: number; name: string }, link: string | null) {
  return { type: 'spend_budget', rule, link, title: budgetAlertTitle(alert), alert }
}
