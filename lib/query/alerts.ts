import { queryOptions } from '@tanstack/react-query'
import type { AlertRuleDto, DeliveryDto } from '@/lib/schemas/alerts'
import { fetchJson } from './fetch-json'

export const alertQueries = {
  rules: () => queryOptions({ queryKey: ['alerts', 'rules'] as const, queryFn: () => fetchJson<{ rules: AlertRuleDto[] }>('/api/alerts/rules') }),
  deliveries: () => queryOptions({ queryKey: ['alerts', 'deliveries'] as const, queryFn: () => fetchJson<{ deliveries: DeliveryDto[] }>('/api/alerts/deliveries') }),
}
