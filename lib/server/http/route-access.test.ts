// Every route handler under app/ declares who may call it, and the declaration agrees with the OpenAPI document
// and the permission matrix. A handler exported without route() (so without a permission), a permission the
// matrix does not know, a route the document gives another permission, or a public route that is not health or
// sign-in fails here.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PERMISSIONS } from '@/lib/domain/access/permissions'
import { openApiDocument } from '@/lib/openapi/document'

/** The only routes anyone may call: health, and what signing in needs. */
const PUBLIC_ROUTES = [
  'GET /api/health',
  'POST /api/sign-in',
  'POST /api/setup/link',
  'POST /api/setup',
  'GET /api/auth/[...all]',
  'POST /api/auth/[...all]',
]
/** Better Auth's single sign-on start and callback: public, and a protocol rather than part of the documented API. */
const UNDOCUMENTED = ['GET /api/auth/[...all]', 'POST /api/auth/[...all]']

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) return routeFiles(full)
    return entry === 'route.ts' ? [full] : []
  })
}

/** `app/api/functions/[id]/route.ts` → `/api/functions/{id}` (route groups like `(dashboard)` are not in the URL). */
function apiPathOf(file: string): string {
  const segments = path
    .dirname(file)
    .split(path.sep)
    .slice(1)
    .filter((segment) => !/^\(.*\)$/.test(segment))
  return `/${segments.join('/')}`.replace(/\[(\w+)\]/g, '{$1}')
}

type Declared = { access?: { permission?: string; public?: true } }

const document = openApiDocument() as unknown as { paths: Record<string, Record<string, { 'x-permission'?: string }>> }

describe('every route declares its permission', async () => {
  const handlers = await Promise.all(
    routeFiles('app').map(async (file) => {
      const routeModule = (await import(path.resolve(file))) as Record<string, unknown>
      return METHODS.filter((method) => method in routeModule).map((method) => ({
        name: `${method} ${apiPathOf(file)}`,
        method,
        path: apiPathOf(file),
        handler: routeModule[method] as Declared,
      }))
    }),
  ).then((lists) => lists.flat())

  it('finds the route handlers', () => {
    expect(handlers.length).toBeGreaterThan(30)
  })

  it.each(handlers)(
    '$name is made by route() with a permission from the matrix, or is a listed public route',
    ({ name, handler }) => {
      const access = handler.access
      expect(access, `${name} is not declared with route({ permission }, …)`).toBeDefined()
      if (access!.public) expect(PUBLIC_ROUTES, `${name} is public but not health or sign-in`).toContain(name)
      else expect(PERMISSIONS).toContain(access!.permission)
    },
  )

  it.each(handlers.filter(({ name }) => !UNDOCUMENTED.includes(name)))(
    '$name declares what the OpenAPI document says',
    ({ name, method, path: apiPath, handler }) => {
      const operation = document.paths[apiPath]?.[method.toLowerCase()]
      expect(operation, `${name} is not in the OpenAPI document`).toBeDefined()
      expect(operation!['x-permission']).toBe(handler.access?.public ? 'public' : handler.access?.permission)
    },
  )

  it('the document calls public exactly the routes declared public', () => {
    const publicOperations = Object.entries(document.paths).flatMap(([apiPath, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation['x-permission'] === 'public')
        .map(([method]) => `${method.toUpperCase()} ${apiPath}`),
    )
    expect(publicOperations.sort()).toEqual(
      handlers
        .filter(({ name, handler }) => handler.access?.public && !UNDOCUMENTED.includes(name))
        .map(({ name }) => name)
        .sort(),
    )
  })
})
