import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
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
      for (const operation of Object.values(methods) as { responses: Record<string, unknown> }[]) expect(operation.responses.default).toBeDefined()
    }
  })

  it('describes every route handler under app/api', () => {
    const missing: string[] = []
    for (const file of routeFiles(path.join('app', 'api'))) {
      const apiPath = `/${path.dirname(file).split(path.sep).slice(1).join('/')}`.replace(/\[(\w+)\]/g, '{$1}')
      const methods = [...readFileSync(file, 'utf8').matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase())
      for (const method of methods) {
        if (apiPath === '/api/openapi.json') continue
        if (!(document.paths as Record<string, Record<string, unknown>>)[apiPath]?.[method]) missing.push(`${method.toUpperCase()} ${apiPath}`)
      }
    }
    expect(missing).toEqual([])
  })
})
