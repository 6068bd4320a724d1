// A tiny OpenAPI 3.1 registry over zod 4's own JSON Schema output (OpenAPI 3.1 *is* JSON Schema 2020-12,
// so no conversion library is needed). Each resource's contract file declares its operations with the same
// zod schemas its route handler parses with, so the document cannot drift from the validation.
import { z } from 'zod'
import { errorBody } from '@/lib/schemas/common'

export type Operation = {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch'
  path: string
  summary: string
  description?: string
  tags: string[]
  query?: z.ZodObject
  pathParams?: z.ZodObject
  body?: z.ZodType
  /** Status → schema; a string content type (e.g. 'text/csv') for non-JSON answers. */
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>
}

export function defineOperation(operation: Operation): Operation {
  return operation
}

const toSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>
  return rest
}

function parameters(schema: z.ZodObject | undefined, location: 'query' | 'path') {
  if (!schema) return []
  const json = toSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }))
}

export function buildOpenApiDocument(operations: Operation[], info: { title: string; version: string; description: string }) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of operations) {
    const responses: Record<string, unknown> = {}
    for (const [status, response] of Object.entries(op.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema || response.contentType
          ? { content: { [response.contentType ?? 'application/json']: { schema: response.schema ? toSchema(response.schema, 'output') : { type: 'string' } } } }
          : {}),
      }
    }
    responses.default = { description: 'Error', content: { 'application/json': { schema: toSchema(errorBody, 'output') } } }
    paths[op.path] ??= {}
    paths[op.path]![op.method] = {
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: op.tags,
      parameters: [...parameters(op.pathParams, 'path'), ...parameters(op.query, 'query')],
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(op.body, 'input') } } } } : {}),
      responses,
    }
  }
  return { openapi: '3.1.0', info, paths }
}
