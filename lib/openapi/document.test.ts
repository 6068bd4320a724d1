import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import SwaggerParser from '@apidevtools/swagger-parser'
import { describe, expect, it } from 'vitest'
import { openApiDocument } from './document'

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) return routeFiles(full)
    return entry === 'route.ts' ? [full] : []
  })
}

describe('OpenAPI document', () => {
  const document = openApiDocument()

  it('is OpenAPI 3.1 with an error schema on every operation', () => {
    expect(document.openapi).toBe('3.1.0')
    for (const methods of Object.values(document.paths)) {
      for (const operation of Object.values(methods) as { responses: Record<string, unknown> }[])
        expect(operation.responses.default).toBeDefined()
    }
  })

  it('describes every route handler under app/api', () => {
    const missing: string[] = []
    // Better Auth's single sign-on start and callback (app/api/auth/[...all]) are a protocol, not the documented API;
    // route-access.test.ts holds them to being public and nothing else.
    for (const file of routeFiles(path.join('app', 'api')).filter((file) => !file.includes('[...'))) {
      const apiPath = `/${path.dirname(file).split(path.sep).slice(1).join('/')}`.replace(/\[(\w+)\]/g, '{$1}')
      const methods = [
        ...readFileSync(file, 'utf8').matchAll(
          /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g,
        ),
      ].map((m) => m[1]!.toLowerCase())
      for (const method of methods) {
        if (!(document.paths as Record<string, Record<string, unknown>>)[apiPath]?.[method])
          missing.push(`${method.toUpperCase()} ${apiPath}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('validates as OpenAPI 3.1 with a real validator (swagger-parser)', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined()
  })

  it('shares schemas through components/schemas, names every operation once, and says where it is served', () => {
    const text = JSON.stringify(document)
    expect(text).not.toContain('$defs')
    for (const ref of text.match(/"\$ref":"[^"]+"/g) ?? [])
      expect(ref).toMatch(/^"\$ref":"#\/components\/schemas\/\w+"$/)
    const schemas = (document as { components: { schemas: Record<string, unknown> } }).components.schemas
    for (const ref of text.matchAll(/#\/components\/schemas\/(\w+)/g)) expect(schemas[ref[1]!]).toBeDefined()
    const operationIds = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods as Record<string, { operationId?: string }>).map((op) => op.operationId),
    )
    expect(operationIds.every((id) => typeof id === 'string' && id.length > 0)).toBe(true)
    expect(new Set(operationIds).size).toBe(operationIds.length)
    expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }])
  })

  it('documents every request body, the file upload as binary', () => {
    const operation = (path: string, method: string) =>
      (
        document.paths as Record<
          string,
          Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
        >
      )[path]![method]!
    expect(Object.keys(operation('/api/imports', 'post').requestBody!.content)).toEqual([
      'text/csv',
      'application/gzip',
      'application/octet-stream',
    ])
    expect(operation('/api/imports', 'post').requestBody!.content['text/csv']!.schema).toEqual({
      type: 'string',
      contentMediaType: 'text/csv',
    })
    expect(operation('/api/budgets', 'post').requestBody!.content['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/KeepWarmBudgetCreate',
    })
  })
})
