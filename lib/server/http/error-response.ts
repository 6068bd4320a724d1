// The single mapping from thrown errors to HTTP responses: `{ "error": { "code", "message" } }`.
import 'server-only'
import { ZodError } from 'zod'
import { AppError } from './app-error'
import { describeZodError } from '@/lib/schemas/describe-zod-error'

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } }
    return Response.json(body, { status: error.status })
  }
  if (error instanceof ZodError) {
    return Response.json({ error: { code: 'bad_request', message: describeZodError(error), details: error.issues } }, { status: 400 })
  }
  // Unknown failures are logged with their stack and answered without internals.
  console.error(error)
  return Response.json({ error: { code: 'internal', message: 'Something went wrong on the server; it has been logged.' } }, { status: 500 })
}
