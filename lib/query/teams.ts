import { queryOptions } from '@tanstack/react-query'
import type { ForecastResponse } from '@/lib/schemas/forecast'
import type { ForecastGroupBy } from '@/lib/schemas/forecast-query'
import type { ShowbackResponse } from '@/lib/schemas/teams'
import { forecastSearch } from '@/lib/search-params/forecast'
import { teamsShowbackSearch } from '@/lib/search-params/teams'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export const teamsQueries = {
  showback: (month: string | undefined) =>
    queryOptions({
      queryKey: [...queryRoots.teams, 'showback', { month: month ?? null }] as const,
      queryFn: () => fetchJson<ShowbackResponse>(`/api/teams/showback${teamsShowbackSearch.search({ month })}`),
    }),
}

export const forecastQueries = {
  month: (month: string | undefined, groupBy: ForecastGroupBy) =>
    queryOptions({
      queryKey: [...queryRoots.forecast, { month: month ?? null, groupBy }] as const,
      queryFn: () => fetchJson<ForecastResponse>(`/api/forecast${forecastSearch.search({ month, groupBy })}`),
    }),
}

/** The browser's link to a month's showback CSV. */
export function showbackCsvHref(month: string): string {
  return `/api/exports/showback.csv${teamsShowbackSearch.search({ month })}`
}
