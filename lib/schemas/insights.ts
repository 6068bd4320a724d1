// The function-insights API (functions, keep-warm budgets, incidents and their anomalies, alerts), contributed to the OpenAPI
// document as one list.
import { alertOperations } from './alerts'
import { anomalyOperations } from './anomalies'
import { budgetOperations } from './budgets'
import { functionOperations } from './functions'
import { incidentOperations } from './incidents'

export const insightsOperations = [
  ...functionOperations,
  ...budgetOperations,
  ...incidentOperations,
  ...anomalyOperations,
  ...alertOperations,
]
