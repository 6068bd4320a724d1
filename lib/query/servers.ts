import { queryOptions } from '@tanstack/react-query'
import type { ServersResponse } from '@/lib/schemas/servers'
import { fetchJson } from './fetch-json'
import { queryRoots } from './keys'

export const serverQueries = {
  all: () => queryOptions({ queryKey: queryRoots.servers, queryFn: () => fetchJson<ServersResponse>('/api/servers') }),
}
