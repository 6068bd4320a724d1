// A tiny OpenAPI 3.1 registry over zod 4's own JSON Schema output (OpenAPI 3.1 *is* JSON Schema 2020-12,
// so no conversion library is needed). Each resource's contract file declares its operations with the same
// zod schemas its route handler parses with, so the document cannot drift from the validation.
import { z } from 'zod'
import { type Permission, rolesHolding } from '@/lib/domain/access/permissions'
import { errorBody } from '@/lib/schemas/common'

export type Operation = {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch'
  path: string
  /** What the caller must hold (lib/domain/access), or 'public' (health, sign-in): the route declares the same. */
  permission: Permission | 'public'
  summary: string
  description?: string
  tags: string[]
  query?: z.ZodObject
  /**
   * The query parameters' descriptions, for a query schema that the browser also parses (a page's URL): kept here,
   * beside the operation, so that the schema's module ships no documentation to the browser.
   */
  queryDescriptions?: Record<string, string>
  pathParams?: z.ZodObject
  body?: z.ZodType
  /** A body that is not JSON (a file upload): its media types, streamed as they are. */
  rawBody?: { contentTypes: string[]; description: string }
  /** Status → schema; a string content type (e.g. 'text/csv') for non-JSON answers. */
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>
}

export function defineOperation(operation: Operation): Operation {
  return operation
}

type JsonSchema = Record<string, unknown>
const DEFS = '#/$defs/'
const COMPONENTS = '#/components/schemas/'

/**
 * Converts zod schemas to JSON Schema for one document: every schema with a `.meta({ id })` becomes a shared
 * `components/schemas` entry and is referenced from where it is used (zod writes such schemas into a `$defs`
 * of each converted root, whose `#/$defs/…` references would point at the document's root).
 */
class SchemaComponents {
  readonly schemas: Record<string, JsonSchema> = {}

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const {
      $schema: _ignored,
      $defs,
      ...root
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema
    const names = new Map<string, string>()
    for (const [id, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>))
      names.set(id, this.nameFor(id, definition, io))
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite)
      if (value === null || typeof value !== 'object') return value
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          key === '$ref' && typeof item === 'string' && item.startsWith(DEFS)
            ? COMPONENTS + names.get(item.slice(DEFS.length))
            : rewrite(item),
        ]),
      )
    }
    for (const [id, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>))
      this.schemas[names.get(id)!] = rewrite(definition) as JsonSchema
    return rewrite(root) as JsonSchema
  }

  /** The schema's id; a request shape that differs from the response shape of the same id gets `…Input`. */
  private nameFor(id: string, definition: JsonSchema, io: 'input' | 'output'): string {
    const existing = this.schemas[id]
    if (!existing || JSON.stringify(existing) === JSON.stringify(definition).replaceAll(`"${DEFS}`, `"${COMPONENTS}`))
      return id
    return `${id}${io === 'input' ? 'Input' : 'Output'}`
  }
}

function parameters(
  components: SchemaComponents,
  schema: z.ZodObject | undefined,
  location: 'query' | 'path',
  descriptions: Record<string, string> = {},
) {
  if (!schema) return []
  const json = components.convert(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] }
  const unknown = Object.keys(descriptions).filter((name) => !(name in (json.properties ?? {})))
  if (unknown.length) throw new Error(`Descriptions of parameters the ${location} does not have: ${unknown.join(', ')}`)
  return Object.entries(json.properties ?? {}).map(([name, schemaOf]) => {
    const description = descriptions[name] ?? schemaOf.description
    const property = typeof description === 'string' ? { ...schemaOf, description } : schemaOf
    return {
      name,
      in: location,
      required: location === 'path' || (json.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: property,
    }
  })
}

/** `GET /api/functions/{id}/workload` → `getFunctionsByIdWorkload`: unique per method and path. */
export function operationIdOf(operation: Pick<Operation, 'method' | 'path'>): string {
  const words = operation.path
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((part) => (part.startsWith('{') ? `by-${part.slice(1, -1)}` : part))
    .flatMap((part) => part.split('-'))
  return [operation.method, ...words]
    .map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join('')
}

function accessNote(permission: Permission | 'public'): string {
  if (permission === 'public') return 'Public: no credentials needed.'
  return `Requires the \`${permission}\` permission (roles: ${rolesHolding(permission).join(', ')}).`
}

export function buildOpenApiDocument(
  operations: Operation[],
  info: { title: string; version: string; description: string },
) {
  const components = new SchemaComponents()
  const paths: Record<string, Record<string, unknown>> = {}
  const error = components.convert(errorBody, 'output')
  for (const op of operations) {
    const responses: Record<string, unknown> = {}
    for (const [status, response] of Object.entries(op.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema || response.contentType
          ? {
              content: {
                [response.contentType ?? 'application/json']: {
                  schema: response.schema ? components.convert(response.schema, 'output') : { type: 'string' },
                },
              },
            }
          : {}),
      }
    }
    if (op.permission !== 'public') {
      responses['401'] ??= {
        description: 'No credentials: no session cookie and no `Authorization: Bearer` token.',
        content: { 'application/json': { schema: error } },
      }
      responses['403'] ??= {
        description: `The caller's role does not hold \`${op.permission}\`.`,
        content: { 'application/json': { schema: error } },
      }
    }
    responses.default = { description: 'Error', content: { 'application/json': { schema: error } } }
    const requestBody = op.body
      ? { required: true, content: { 'application/json': { schema: components.convert(op.body, 'input') } } }
      : op.rawBody
        ? {
            required: true,
            description: op.rawBody.description,
            content: Object.fromEntries(
              op.rawBody.contentTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
            ),
          }
        : undefined
    paths[op.path] ??= {}
    paths[op.path]![op.method] = {
      operationId: operationIdOf(op),
      summary: op.summary,
      description: [op.description, accessNote(op.permission)].filter(Boolean).join('\n\n'),
      'x-permission': op.permission,
      security: op.permission === 'public' ? [] : [{ apiToken: [] }, { session: [] }],
      tags: op.tags,
      parameters: [
        ...parameters(components, op.pathParams, 'path'),
        ...parameters(components, op.query, 'query', op.queryDescriptions),
      ],
      ...(requestBody ? { requestBody } : {}),
      responses,
    }
  }
  return {
    openapi: '3.1.0',
    info,
    // Relative: the API is served by the dashboard itself, wherever it is deployed.
    servers: [{ url: '/', description: 'This dashboard' }],
    paths,
    components: {
      schemas: components.schemas,
      securitySchemes: {
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token (`npm run tokens -- create`, or Settings), with its role’s rights.',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'finops.session_token',
          description: 'The cookie a browser gets by signing in at /sign-in.',
        },
      },
    },
  }
}
