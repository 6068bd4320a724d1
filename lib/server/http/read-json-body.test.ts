import { describe, expect, it } from 'vitest'
import { AppError } from './app-error'
import { MAX_JSON_BODY_BYTES, readJsonBody } from './read-json-body'

/** A chunked body (no Content-Length) of `chunks` chunks of 64 KiB, counting how many were pulled. */
function chunkedBody(chunks: number) {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close()
      pulled += 1
      controller.enqueue(
        new TextEncoder().encode(pulled === 1 ? `{"padding":"${'x'.repeat(65_536 - 12)}` : 'x'.repeat(65_536)),
      )
    },
  })
  return { stream, pulled: () => pulled }
}

const post = (body: BodyInit | null, contentType = 'application/json', headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/x', {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
    duplex: 'half',
  } as RequestInit)

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('readJsonBody', () => {
  it('stops reading a chunked body as soon as it passes 1 MiB: 413 with a message', async () => {
    const body = chunkedBody(1_000) // 64 MB if read to the end
    const error = await failure(readJsonBody(post(body.stream)))
    expect(error.status).toBe(413)
    expect(error.message).toContain(`at most ${MAX_JSON_BODY_BYTES} bytes`)
    expect(body.pulled()).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES / 65_536 + 2)
  })

  it('refuses a declared Content-Length above the limit without reading the body', async () => {
    const body = chunkedBody(1)
    const error = await failure(
      readJsonBody(post(body.stream, 'application/json', { 'content-length': String(MAX_JSON_BODY_BYTES + 1) })),
    )
    expect(error.status).toBe(413)
    expect(body.pulled()).toBeLessThanOrEqual(1) // a stream pulls its first chunk when made
  })

  it('reads a body just under the limit', async () => {
    const text = JSON.stringify({ padding: 'x'.repeat(MAX_JSON_BODY_BYTES - 20) })
    expect(await readJsonBody(post(text))).toEqual({ padding: 'x'.repeat(MAX_JSON_BODY_BYTES - 20) })
  })

  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON ;charset=UTF-8', true],
    ['text/plain; application/json', false],
    ['text/plain', false],
    ['application/jsonx', false],
    ['application/x-www-form-urlencoded', false],
  ])('Content-Type %s is JSON: %s', async (contentType, accepted) => {
    const result = readJsonBody(post('{"a":1}', contentType))
    if (accepted) expect(await result).toEqual({ a: 1 })
    else expect((await failure(result)).status).toBe(415)
  })

  it.each([
    ['{"name":"a\\u0000b"}', '`name`'],
    ['{"rule":{"kinds":["x","\\u0000"]}}', '`rule.kinds.1`'],
    ['{"a\\u0000":1}', '`a?`'],
    ['{"by":"\\ud800"}', '`by`'],
  ])('refuses text PostgreSQL cannot store: %s names %s', async (text, field) => {
    const error = await failure(readJsonBody(post(text)))
    expect(error.status).toBe(400)
    expect(error.message).toBe(
      `Invalid ${field}: contains a character that cannot be stored (NUL or a lone UTF-16 surrogate).`,
    )
  })

  it('says what is wrong with an empty, non-UTF-8 or non-JSON body', async () => {
    expect((await failure(readJsonBody(post(null)))).message).toContain('empty')
    expect((await failure(readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d]))))).message).toContain('UTF-8')
    expect((await failure(readJsonBody(post('{"a":')))).message).toContain('not valid JSON')
  })
})
