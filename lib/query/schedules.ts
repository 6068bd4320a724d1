import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  extendStopBody,
  ExtendStopResponse,
  scheduleDefinitionBody,
  ScheduleDto,
  schedulePlanResponse,
  ScheduleSavingsResponse,
} from '@/lib/schemas/schedules'
import { schedulePlanSearch, scheduleSavingsSearch } from '@/lib/search-params/schedules'
import { defineWrite } from './define-write'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export type SchedulePlan = z.output<typeof schedulePlanResponse>

export const scheduleQueries = {
  all: () =>
    queryOptions({
      queryKey: [...queryRoots.schedules, 'list'] as const,
      queryFn: () => fetchJson<{ schedules: ScheduleDto[] }>('/api/schedules'),
    }),
  plan: (id: number, range: { from: string; to: string }) =>
    queryOptions({
      queryKey: [...queryRoots.schedules, id, 'plan', range] as const,
      queryFn: () => fetchJson<SchedulePlan>(`/api/schedules/${id}/plan${schedulePlanSearch.search(range)}`),
    }),
  savings: (id: number, month: string) =>
    queryOptions({
      queryKey: [...queryRoots.schedules, id, 'savings', { month }] as const,
      queryFn: () =>
        fetchJson<ScheduleSavingsResponse>(`/api/schedules/${id}/savings${scheduleSavingsSearch.search({ month })}`),
    }),
}

// A schedule changes the schedules list and which servers the inventory says it stops.
export const scheduleWrites = {
  // A warning's link moves a date's stop: the schedule, its plan and its savings change.
  extendStop: defineWrite<z.input<typeof extendStopBody>, ExtendStopResponse>({
    operation: 'POST /api/schedules/extend',
    permission: 'schedules:write',
    request: (extension) => ({ json: extension }),
    invalidates: [queryRoots.schedules],
  }),
  create: defineWrite<z.input<typeof scheduleDefinitionBody>, ScheduleDto>({
    operation: 'POST /api/schedules',
    permission: 'schedules:write',
    request: (definition) => ({ json: definition }),
    invalidates: [queryRoots.schedules, queryRoots.servers],
  }),
  update: defineWrite<{ id: number; definition: z.input<typeof scheduleDefinitionBody> }, ScheduleDto>({
    operation: 'PUT /api/schedules/{id}',
    permission: 'schedules:write',
    request: ({ id, definition }) => ({ params: { id }, json: definition }),
    invalidates: [queryRoots.schedules, queryRoots.servers],
  }),
}
