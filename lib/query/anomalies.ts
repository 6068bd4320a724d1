import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import type { AnomaliesResponse, AnomalyDetail, AnomalyDto, anomalyStatusBody } from '@/lib/schemas/anomalies'
import { defineWrite } from './define-write'
import { fetchJson } from './fetch-json'
import { searchOf } from './functions'
import { queryRoots } from './keys'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const KINDS = ['retry_amplification', 'timeout_amplification', 'warmup_budget_overrun', 'cost_spike', 'error_spike', 'throttle_spike', 'duration_exceeds_wall_clock', 'config_risk']
const SEVERITIES = ['low', 'medium', 'high', 'critical']
const STATUSES = ['open', 'acknowledged', 'muted']

export type AnomalyListParams = { from?: string; to?: string; kind?: string; minSeverity?: string; accountId?: string; functionId?: number; status?: string; sort?: 'period' | 'impact' }

/** The list's parameters from its URL (server and client read them alike, so their query keys match). */
export function anomalyListParams(get: (key: string) => string | undefined): AnomalyListParams {
  const day = (value: string | undefined) => (value && DAY.test(value) ? value : undefined)
  const among = (value: string | undefined, allowed: string[]) => (value && allowed.includes(value) ? value : undefined)
  const accountId = get('accountId')
  const functionId = Number(get('functionId'))
  const sort = get('sort')
  return {
    from: day(get('from')),
    to: day(get('to')),
    kind: among(get('kind'), KINDS),
    minSeverity: among(get('minSeverity'), SEVERITIES),
    accountId: accountId && /^\d{12}$/.test(accountId) ? accountId : undefined,
    functionId: Number.isInteger(functionId) && functionId > 0 ? functionId : undefined,
    status: among(get('status'), STATUSES),
    sort: sort === 'impact' || sort === 'period' ? sort : undefined,
  }
}

export const anomalyQueries = {
  list: (params: AnomalyListParams) =>
    queryOptions({
      queryKey: [...queryRoots.anomalies, 'list', params] as const,
      queryFn: () => fetchJson<AnomaliesResponse>(`/api/anomalies${searchOf(params)}`),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...queryRoots.anomalies, 'detail', id] as const,
      queryFn: () => fetchJson<AnomalyDetail>(`/api/anomalies/${id}`),
    }),
}

export const anomalyWrites = {
  // A function's page lists its anomalies with their status.
  setStatus: defineWrite<{ id: number } & z.input<typeof anomalyStatusBody>, AnomalyDto>({
    operation: 'PATCH /api/anomalies/{id}',
    request: ({ id, ...change }) => ({ params: { id }, json: change }),
    invalidates: [queryRoots.anomalies, queryRoots.functions],
  }),
}
