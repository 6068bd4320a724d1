// Input validation for route handlers: the query string through the route's search-params module, path
// parameters and JSON bodies through zod schemas. Every failure is a typed 4xx that names the field.
import 'server-only'
import type { z } from 'zod'
import { describeZodError } from '@/lib/schemas/describe-zod-error'
import type { SearchParams } from '@/lib/search-params/define-search-params'
import { AppError } from './app-error'
import { readJsonBody } from './read-json-body'

export function parseQuery<S extends z.ZodType>(request: Request, searchParams: SearchParams<S>): z.output<S> {
  const result = searchParams.read(new URL(request.url).searchParams)
  if (!result.ok) throw new AppError('bad_request', result.message, result.issues)
  return result.value
}

export function parsePathParams<S extends z.ZodType>(
  params: Record<string, string | string[] | undefined>,
  schema: S,
): z.output<S> {
  const result = schema.safeParse(params)
  if (!result.success) throw new AppError('bad_request', describeZodError(result.error, 'path'), result.error.issues)
  return result.data
}

export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const result = schema.safeParse(await readJsonBody(request))
  if (!result.success) throw new AppError('bad_request', describeZodError(result.error, 'body'), result.error.issues)
  return result.data
}
