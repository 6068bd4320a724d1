// Every write the browser makes is declared once, here in lib/query (one `defineWrite` per API operation that
// changes data): the operation it calls, named as the OpenAPI document names it, and the cached reads it makes
// stale. Components run a write with `useWrite` and never spell a URL or a query key. A write's permission
// (who may make it) belongs beside its operation too, so a new write cannot be made without saying it.
import type { QueryKey } from '@tanstack/react-query'
import type { Permission } from '@/lib/domain/access/permissions'
import { type ApiRequest, callOperation } from './fetch-json'

export type WriteOperation = `${'POST' | 'PUT' | 'PATCH' | 'DELETE'} /api/${string}`

export type Write<Input, Output> = {
  operation: WriteOperation
  /** What the operation needs (the same as its OpenAPI x-permission; a test checks): pages hide writes the caller may not make. */
  permission: Permission
  send: (input: Input) => Promise<Output>
  /** Keys (roots from keys.ts, or narrower) of the queries whose data the write changes; 'everything': all of them. */
  invalidates: readonly QueryKey[] | 'everything'
  /** Refresh them after a failed write too: it may have done part of its work (sent some alerts, say). */
  refreshAfterFailure: boolean
}

export function defineWrite<Input, Output>(spec: {
  operation: WriteOperation
  permission: Permission
  request?: (input: Input) => ApiRequest
  invalidates: readonly QueryKey[] | 'everything'
  refreshAfterFailure?: boolean
}): Write<Input, Output> {
  return {
    operation: spec.operation,
    permission: spec.permission,
    send: (input) => callOperation<Output>(spec.operation, spec.request?.(input)),
    invalidates: spec.invalidates,
    refreshAfterFailure: spec.refreshAfterFailure ?? false,
  }
}
