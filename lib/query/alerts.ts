import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  AlertRuleDto,
  DeliverySummary,
  alertRulesResponse,
  createAlertRuleBody,
  deliveriesResponse,
  updateAlertRuleBody,
  webhookTestResult,
} from '@/lib/schemas/alerts'
import { defineWrite } from './define-write'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export const alertQueries = {
  rules: () =>
    queryOptions({
      queryKey: [...queryRoots.alerts, 'rules'] as const,
      queryFn: () => fetchJson<z.output<typeof alertRulesResponse>>('/api/alerts/rules'),
    }),
  deliveries: () =>
    queryOptions({
      queryKey: [...queryRoots.alerts, 'deliveries'] as const,
      queryFn: () => fetchJson<z.output<typeof deliveriesResponse>>('/api/alerts/deliveries'),
    }),
}

// Rules and the delivery log are one page's data: a write refreshes both, even when it failed halfway.
const refreshesAlerts = { invalidates: [queryRoots.alerts], refreshAfterFailure: true } as const

export const alertWrites = {
  createRule: defineWrite<z.input<typeof createAlertRuleBody>, AlertRuleDto>({
    operation: 'POST /api/alerts/rules',
    permission: 'alert-rules:write',
    request: (rule) => ({ json: rule }),
    invalidates: [queryRoots.alerts],
  }),
  updateRule: defineWrite<{ id: number; rule: z.input<typeof updateAlertRuleBody> }, AlertRuleDto>({
    operation: 'PUT /api/alerts/rules/{id}',
    permission: 'alert-rules:write',
    request: ({ id, rule }) => ({ params: { id }, json: rule }),
    ...refreshesAlerts,
  }),
  deleteRule: defineWrite<{ id: number }, null>({
    operation: 'DELETE /api/alerts/rules/{id}',
    permission: 'alert-rules:write',
    request: ({ id }) => ({ params: { id } }),
    ...refreshesAlerts,
  }),
  // A test message is logged with the deliveries.
  testRule: defineWrite<{ id: number }, z.infer<typeof webhookTestResult>>({
    operation: 'POST /api/alerts/rules/{id}/test',
    permission: 'alert-rules:write',
    request: ({ id }) => ({ params: { id } }),
    ...refreshesAlerts,
  }),
  sendPending: defineWrite<void, DeliverySummary>({
    operation: 'POST /api/alerts/deliveries',
    permission: 'alert-rules:write',
    ...refreshesAlerts,
  }),
}
