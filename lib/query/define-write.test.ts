// Every browser write is declared in lib/query with the API operation it calls and the reads it makes stale.
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { openApiDocument } from '@/lib/openapi/document'
import type { Write } from './define-write'
import { queryRoots } from './keys'
import { refreshAfterWrite } from './use-write'

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true })
const isWrite = (value: unknown): value is Write<unknown, unknown> =>
  typeof value === 'object' && value !== null && 'operation' in value && 'send' in value
const writes = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).flatMap(([group, value]) =>
    typeof value === 'object' && value !== null
      ? Object.entries(value)
          .filter((entry): entry is [string, Write<unknown, unknown>] => isWrite(entry[1]))
          .map(([name, write]) => ({ name: `${file} ${group}.${name}`, write }))
      : [],
  ),
)

describe('browser writes', () => {
  it('are found in lib/query (one per write the pages make)', () => {
    expect(writes.map(({ write }) => write.operation).sort()).toEqual([
      'DELETE /api/alerts/rules/{id}',
      'DELETE /api/budgets/spend/{id}',
      'DELETE /api/budgets/{functionId}',
      'DELETE /api/company-days-off/{id}',
      'DELETE /api/demo-data',
      'DELETE /api/tokens/{id}',
      'PATCH /api/incidents/{id}',
      'PATCH /api/users/{id}',
      'POST /api/alerts/deliveries',
      'POST /api/alerts/rules',
      'POST /api/alerts/rules/{id}/test',
      'POST /api/budgets',
      'POST /api/budgets/spend',
      'POST /api/company-days-off',
      'POST /api/demo-data',
      'POST /api/imports',
      'POST /api/imports/sets',
      'POST /api/ingest',
      'POST /api/schedules',
      'POST /api/schedules/extend',
      'POST /api/tokens',
      'POST /api/users',
      'POST /api/users/{id}/password-link',
      'PUT /api/alerts/rules/{id}',
      'PUT /api/budgets/spend/{id}',
      'PUT /api/budgets/{functionId}',
      'PUT /api/schedules/{id}',
    ])
  })

  it('each call an operation the OpenAPI document describes', () => {
    const paths = openApiDocument().paths as Record<string, Record<string, unknown>>
    const undocumented = writes.filter(({ write }) => {
      const [method, path] = write.operation.split(' ') as [string, string]
      return !paths[path]?.[method.toLowerCase()]
    })
    expect(undocumented.map(({ name, write }) => `${name}: ${write.operation}`)).toEqual([])
  })

  it('each declare the permission the OpenAPI document gives their operation', () => {
    const paths = openApiDocument().paths as Record<string, Record<string, { 'x-permission'?: string }>>
    for (const { name, write } of writes) {
      const [method, path] = write.operation.split(' ') as [string, string]
      expect(write.permission, name).toBe(paths[path]?.[method.toLowerCase()]?.['x-permission'])
    }
  })

  it('each invalidate keys that start with a query root from keys.ts', () => {
    const roots = Object.values(queryRoots).map((root) => root[0])
    for (const { name, write } of writes) {
      if (write.invalidates === 'everything') continue
      for (const key of write.invalidates) expect(roots, name).toContain(key[0])
    }
  })
})

describe('refreshAfterWrite', () => {
  const cached = () => {
    const client = new QueryClient()
    for (const key of [
      ['alerts', 'rules'],
      ['alerts', 'deliveries'],
      ['functions', 'list', {}],
      ['overview', { month: null }],
    ])
      client.setQueryData(key, { cached: true })
    return client
  }
  const invalidated = (client: QueryClient) =>
    client
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.isInvalidated)
      .map((query) => query.queryKey.filter((part) => typeof part === 'string').join('/'))
      .sort()

  it('marks every query under the write’s keys stale, and only those', async () => {
    const client = cached()
    await refreshAfterWrite(client, { invalidates: [queryRoots.alerts] })
    expect(invalidated(client)).toEqual(['alerts/deliveries', 'alerts/rules'])
    await refreshAfterWrite(client, { invalidates: [queryRoots.overview, queryRoots.functions] })
    expect(invalidated(client)).toEqual(['alerts/deliveries', 'alerts/rules', 'functions/list', 'overview'])
  })

  it('drops the whole cache for a write that changes everything', async () => {
    const client = cached()
    await refreshAfterWrite(client, { invalidates: 'everything' })
    expect(client.getQueryCache().getAll()).toEqual([])
  })
})
