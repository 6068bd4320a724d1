// Every route handler is declared with one options object: the permission its caller must hold (from the one
// matrix, lib/domain/access; `public: true` only for health and sign-in), and what it reads (its search-params
// module, path parameters, JSON body), validated before the handler runs, so a handler only ever sees valid input.
// A route without a permission does not compile, and a test (route-access.test.ts) checks every route's
// declaration against the OpenAPI document and the matrix.
//
//   export const GET = route({ permission: 'read', query: costsSearch }, async ({ query }) => Response.json(await getCosts(db(), query)))
//
// The caller is checked before anything else is read (lib/server/access/authorize.ts): no credentials 401, a role
// without the permission 403. A write that succeeds (and every export download) is written to the audit log.
//
// A route without `body` never reads the request body (one sent anyway is left unread, not buffered); a route
// that streams its body itself (a file upload) declares no `body` and reads `request.body`.
import 'server-only'
import type { z } from 'zod'
import type { Permission } from '@/lib/domain/access/permissions'
import { authorize } from '@/lib/server/access/authorize'
import { auditRequest } from '@/lib/server/audit/audit-request'
import type { AuditChange } from '@/lib/server/audit/record-audit'
import { type Caller, resolveCaller } from '@/lib/server/auth/caller'
import { db } from '@/lib/server/db/prisma'
import type { SearchParams } from '@/lib/search-params/define-search-params'
import { handle } from './handle'
import { parseJsonBody, parsePathParams, parseQuery } from './parse-request'

/** Who may call a route: holders of one permission, or anyone (only health and the sign-in endpoints). */
export type RouteAccess = { permission: Permission; public?: never } | { public: true; permission?: never }

export type RouteOptions = RouteAccess & {
  /** The route's search-params module (lib/search-params). */
  query?: SearchParams<z.ZodType>
  /** Path parameters (`[id]`), as strings in, typed out. */
  params?: z.ZodType
  /** A JSON body, at most 1 MiB, Content-Type application/json. */
  body?: z.ZodType
}

export type RouteInput<O extends RouteOptions> = {
  request: Request
  /** Who is calling; null only on a public route. */
  caller: O extends { public: true } ? null : Caller
  query: O extends { query: SearchParams<infer S> } ? z.output<S> : undefined
  params: O extends { params: infer P extends z.ZodType } ? z.output<P> : undefined
  body: O extends { body: infer B extends z.ZodType } ? z.output<B> : undefined
  /** Says what the write changed (action, object, before and after); recorded once it succeeded, as one entry. */
  audit: { change: (change: AuditChange) => void }
}

/** What Next passes a route handler as its second argument (typed loosely so that tests may omit it). */
type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> } | undefined

/** A route handler as Next calls it, carrying what it declared (read by the route-access test). */
export type DeclaredRoute = ((request: Request, context: unknown) => Promise<Response> | Response) & {
  readonly access: RouteAccess
}

export function route<const O extends RouteOptions>(
  options: O,
  handler: (input: RouteInput<O>) => Response | Promise<Response>,
): DeclaredRoute {
  const access: RouteAccess = options.public ? { public: true } : { permission: options.permission! }
  const audited = access.permission === 'export'
  const run = handle<unknown>(async (request, context) => {
    const caller = authorize(access.public ? null : await resolveCaller(request.headers), access)
    const params = options.params
      ? parsePathParams((await (context as RouteContext)?.params) ?? {}, options.params)
      : undefined
    const query = options.query ? parseQuery(request, options.query) : undefined
    const body = options.body ? await parseJsonBody(request, options.body) : undefined
    let change: AuditChange | undefined
    const audit = { change: (described: AuditChange) => void (change = described) }
    const response = await handler({ request, caller, query, params, body, audit } as RouteInput<O>)
    if (caller && response.ok && (audited || (request.method !== 'GET' && request.method !== 'HEAD'))) {
      // The change is made: a failure to record it is logged, not turned into an error the caller would retry.
      await auditRequest(db(), { caller, request, query, body, status: response.status, change }).catch(
        (error: unknown) => console.error('The audit log refused an entry:', error),
      )
    }
    return response
  })
  return Object.assign(run, { access })
}
