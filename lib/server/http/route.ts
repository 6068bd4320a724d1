// Every route handler is declared with one options object: what it reads (its search-params module, path
// parameters, JSON body), validated before the handler runs, so a handler only ever sees valid input.
// Later options (the permission a route needs, issue 16) are added here and become one line per route.
//
//   export const GET = route({ query: costsSearch }, async ({ query }) => Response.json(await getCosts(db(), query)))
//
// A route without `body` never reads the request body (one sent anyway is left unread, not buffered); a route
// that streams its body itself (a file upload) declares no `body` and reads `request.body`.
import 'server-only'
import type { z } from 'zod'
import type { SearchParams } from '@/lib/search-params/define-search-params'
import { handle } from './handle'
import { parseJsonBody, parsePathParams, parseQuery } from './parse-request'

export type RouteOptions = {
  /** The route's search-params module (lib/search-params). */
  query?: SearchParams<z.ZodType>
  /** Path parameters (`[id]`), as strings in, typed out. */
  params?: z.ZodType
  /** A JSON body, at most 1 MiB, Content-Type application/json. */
  body?: z.ZodType
}

export type RouteInput<O extends RouteOptions> = {
  request: Request
  query: O extends { query: SearchParams<infer S> } ? z.output<S> : undefined
  params: O extends { params: infer P extends z.ZodType } ? z.output<P> : undefined
  body: O extends { body: infer B extends z.ZodType } ? z.output<B> : undefined
}

/** What Next passes a route handler as its second argument (typed loosely so that tests may omit it). */
type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> } | undefined

export function route<const O extends RouteOptions>(options: O, handler: (input: RouteInput<O>) => Response | Promise<Response>) {
  return handle<unknown>(async (request, context) => {
    const params = options.params ? parsePathParams((await (context as RouteContext)?.params) ?? {}, options.params) : undefined
    const query = options.query ? parseQuery(request, options.query) : undefined
    const body = options.body ? await parseJsonBody(request, options.body) : undefined
    return handler({ request, query, params, body } as RouteInput<O>)
  })
}
