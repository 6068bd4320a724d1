// The API's OpenAPI 3.1 document, built from the same zod schemas the routes validate with.
// Every route under app/api must contribute its operations here (a test checks it).
import { accessOperations } from '@/lib/schemas/access'
import { costsOperations } from '@/lib/schemas/costs'
import { demoDataOperations } from '@/lib/schemas/demo-data'
import { fxRatesOperations } from '@/lib/schemas/fx-rates'
import { healthOperations } from '@/lib/schemas/health'
import { holidaysOperations } from '@/lib/schemas/holidays'
import { insightsOperations } from '@/lib/schemas/insights'
import { ingestionOperations } from '@/lib/schemas/ingestion'
import { overviewOperations } from '@/lib/schemas/overview'
import { scheduleOperations } from '@/lib/schemas/schedules'
import { serverOperations } from '@/lib/schemas/servers'
import { simulatorOperations } from '@/lib/schemas/simulate'
import { teamOperations } from '@/lib/schemas/teams'
import { forecastOperations } from '@/lib/schemas/forecast'
import { spendBudgetOperations } from '@/lib/schemas/spend-budgets'
import { usersOperations } from '@/lib/schemas/users'
import { apiTokenOperations } from '@/lib/schemas/api-tokens'
import { z } from 'zod'
import { buildOpenApiDocument, defineOperation, type Operation } from './define-operation'
import { describeSharedSchemas } from './shared-descriptions'

const documentOperation = defineOperation({
  method: 'get',
  path: '/api/openapi.json',
  permission: 'read',
  summary: 'This document',
  tags: ['system'],
  responses: {
    200: { description: 'The OpenAPI 3.1 description of every route.', schema: z.record(z.string(), z.unknown()) },
  },
})

export const operations: Operation[] = [
  ...healthOperations,
  documentOperation,
  ...demoDataOperations,
  ...overviewOperations,
  ...costsOperations,
  ...fxRatesOperations,
  ...holidaysOperations,
  ...insightsOperations,
  ...simulatorOperations,
  ...ingestionOperations,
  ...teamOperations,
  ...forecastOperations,
  ...spendBudgetOperations,
  ...serverOperations,
  ...scheduleOperations,
  ...accessOperations,
  ...usersOperations,
  ...apiTokenOperations,
]

export function openApiDocument() {
  describeSharedSchemas()
  return buildOpenApiDocument(operations, {
    title: 'Lambda FinOps API',
    version: '1',
    description:
      'Costs, metrics, anomalies and simulations for AWS Lambda. Dates are inclusive calendar days (YYYY-MM-DD, UTC); ' +
      'amounts are exact decimal strings in USD (with `currency=KRW`, the costs also in won at each month’s recorded rate, `/api/fx-rates`). Errors are `{ "error": { "code", "message" } }`.',
  })
}
