// The function-insights API (functions, keep-warm budgets, anomalies, alerts), contributed to the OpenAPI
// document as one list.
import { alertOperations } from './alerts'
import { anomalyOperations } from './anomalies'
import { budgetOperations } from './budgets'
import { functionOperations } from './functions'

export const insightsOperations = [...functionOperations, ...budgetOperations, ...anomalyOperations, ...alertOperations]
