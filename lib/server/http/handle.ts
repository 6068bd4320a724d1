// Wraps a route handler: state-changing requests must be same-origin, and every thrown error becomes the
// documented JSON error body.
import 'server-only'
import { errorResponse } from './error-response'
import { assertSameOrigin } from './same-origin'

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response

export function handle<C = unknown>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') assertSameOrigin(request)
      return await handler(request, context)
    } catch (error) {
      return errorResponse(error)
    }
  }
}
