// The browser's calls of our API, against a real HTTP server: URLs from the operation, bodies, and errors.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, callOperation, fetchJson, operationUrl } from './fetch-json'

type Seen = { method: string; url: string; contentType: string | undefined; body: string }
let server: Server
let origin: string
let seen: Seen[] = []

const read = async (request: IncomingMessage) => {
  let body = ''
  for await (const chunk of request) body += chunk
  return body
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    seen.push({
      method: request.method!,
      url: request.url!,
      contentType: request.headers['content-type'],
      body: await read(request),
    })
    if (request.url === '/proxy-error')
      return response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>')
    if (request.url?.startsWith('/api/imports')) {
      return response.writeHead(422, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          error: {
            code: 'unprocessable',
            message: '2 of 3 rows are invalid',
            details: { rowErrors: [{ line: 2, message: 'bad date' }] },
          },
        }),
      )
    }
    if (request.method === 'DELETE') return response.writeHead(204).end()
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('operationUrl', () => {
  it('fills path parameters (encoded) and appends query parameters', () => {
    expect(operationUrl('/api/alerts/rules/{id}/test', { params: { id: 7 } })).toBe('/api/alerts/rules/7/test')
    expect(operationUrl('/api/imports', { search: { fileName: 'cur 2026/10.csv.gz' } })).toBe(
      '/api/imports?fileName=cur+2026%2F10.csv.gz',
    )
    expect(operationUrl('/api/x/{name}', { params: { name: 'a/b' } })).toBe('/api/x/a%2Fb')
  })

  it('refuses a path parameter it was not given', () => {
    expect(() => operationUrl('/api/budgets/{functionId}', { params: { id: 1 } })).toThrow(
      '/api/budgets/{functionId}: no value for {functionId}',
    )
  })
})

describe('callOperation', () => {
  it('sends the operation’s method to its URL, with a JSON body when given one', async () => {
    seen = []
    await expect(
      callOperation(`PUT ${origin}/api/budgets/{functionId}`, { params: { functionId: 3 }, json: { concurrency: 2 } }),
    ).resolves.toEqual({ ok: true })
    await expect(
      callOperation(`DELETE ${origin}/api/budgets/{functionId}`, { params: { functionId: 3 } }),
    ).resolves.toBeUndefined()
    expect(seen).toEqual([
      { method: 'PUT', url: '/api/budgets/3', contentType: 'application/json', body: '{"concurrency":2}' },
      { method: 'DELETE', url: '/api/budgets/3', contentType: undefined, body: '' },
    ])
  })

  it('sends a raw body with its content type, and keeps the error’s details', async () => {
    seen = []
    const error = await callOperation(`POST ${origin}/api/imports`, {
      search: { fileName: 'f.csv' },
      body: 'a,b\n1,2\n',
      contentType: 'text/csv',
    }).catch((caught: unknown) => caught)
    expect(seen).toEqual([
      { method: 'POST', url: '/api/imports?fileName=f.csv', contentType: 'text/csv', body: 'a,b\n1,2\n' },
    ])
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 422,
      code: 'unprocessable',
      message: '2 of 3 rows are invalid',
      details: { rowErrors: [{ line: 2, message: 'bad date' }] },
    })
  })
})

describe('fetchJson', () => {
  it('reports an error answer that is not JSON by its status', async () => {
    await expect(fetchJson(`${origin}/proxy-error`)).rejects.toMatchObject({
      name: 'ApiError',
      status: 502,
      code: 'http_error',
      message: 'Request failed with status 502',
    })
  })
})
