import { queryOptions } from '@tanstack/react-query'
import type { FunctionDetail, FunctionsResponse } from '@/lib/schemas/functions'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export type FunctionListParams = { from?: string; to?: string; accountId?: string; region?: string; q?: string; sort?: 'cost' | 'change' | 'errors' | 'name'; order?: 'asc' | 'desc' }
export type FunctionDetailParams = { from?: string; to?: string; granularity?: 'day' | 'hour' }

/** Query string of the defined values, in a stable order (it is also the page URL). */
export function searchOf(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams()
  for (const key of Object.keys(params).sort()) {
    const value = params[key]
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const pick = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined => (allowed.includes(value as T) ? (value as T) : undefined)
const day = (value: string | undefined) => (value && DAY.test(value) ? value : undefined)

/** The list's parameters from its URL (server and client read them alike, so their query keys match). */
export function functionListParams(get: (key: string) => string | undefined): FunctionListParams {
  const accountId = get('accountId')
  const region = get('region')
  return {
    from: day(get('from')),
    to: day(get('to')),
    accountId: accountId && /^\d{12}$/.test(accountId) ? accountId : undefined,
    region: region && /^[a-z]{2}(-[a-z]+)+-\d$/.test(region) ? region : undefined,
    q: get('q')?.trim().slice(0, 100) || undefined,
    sort: pick(get('sort'), ['cost', 'change', 'errors', 'name'] as const),
    order: pick(get('order'), ['asc', 'desc'] as const),
  }
}

export function functionDetailParams(get: (key: string) => string | undefined): FunctionDetailParams {
  return { from: day(get('from')), to: day(get('to')), granularity: pick(get('granularity'), ['day', 'hour'] as const) }
}

/** Reads a Next.js `searchParams` object like URLSearchParams#get. */
export function fromSearchParams(params: Record<string, string | string[] | undefined>): (key: string) => string | undefined {
  return (key) => {
    const value = params[key]
    return Array.isArray(value) ? value[0] : value
  }
}

export const functionQueries = {
  list: (params: FunctionListParams) =>
    queryOptions({
      queryKey: [...queryRoots.functions, 'list', params] as const,
      queryFn: () => fetchJson<FunctionsResponse>(`/api/functions${searchOf(params)}`),
    }),
  detail: (id: number, params: FunctionDetailParams) =>
    queryOptions({
      queryKey: [...queryRoots.functions, 'detail', id, params] as const,
      queryFn: () => fetchJson<FunctionDetail>(`/api/functions/${id}${searchOf(params)}`),
    }),
}
