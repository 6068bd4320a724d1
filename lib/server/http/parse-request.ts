// Input validation for route handlers: every query string and body goes through a zod schema first.
import type { z } from 'zod'
import { AppError } from './app-error'
import { describeZodError } from './describe-zod-error'

export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams
  const raw: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    raw[key] = values.length > 1 ? values : values[0]!
  }
  const result = schema.safeParse(raw)
  if (!result.success) throw new AppError('bad_request', describeZodError(result.error, 'query'), result.error.issues)
  return result.data
}

export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.includes('application/json')) throw new AppError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.')
  let json: unknown
  try {
    json = await request.json()
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.')
  }
  const result = schema.safeParse(json)
  if (!result.success) throw new AppError('bad_request', describeZodError(result.error, 'body'), result.error.issues)
  return result.data
}
