import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { idParam } from '@/lib/schemas/common'
import { defineSearchParams } from '@/lib/search-params/define-search-params'
import { route } from './route'

const context = (params: Record<string, string>) => ({ params: Promise.resolve(params) })

describe('route()', () => {
  const echo = route(
    {
      public: true,
      params: z.object({ id: idParam }),
      query: defineSearchParams(z.object({ q: z.string().optional() })),
      body: z.object({ name: z.string() }),
    },
    ({ params, query, body }) => Response.json({ params, query, body }),
  )

  it('hands the handler validated, typed input', async () => {
    const response = await echo(
      new Request('http://localhost/x/7?q=a', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"n"}',
      }),
      context({ id: '7' }),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ params: { id: 7 }, query: { q: 'a' }, body: { name: 'n' } })
  })

  it.each(['2147483648', '99999999999', '1.5', '1e3', '0x10', '-1', '0', ' 7', 'abc', '%00'])(
    'answers 400 naming `id` for the id %j',
    async (id) => {
      const response = await echo(
        new Request(`http://localhost/x/${encodeURIComponent(id)}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: '{"name":"n"}',
        }),
        context({ id }),
      )
      expect(response.status).toBe(400)
      expect((await response.json()).error.message).toContain('Invalid `id`')
    },
  )

  it('answers 400 naming a query parameter that holds NUL', async () => {
    const response = await echo(
      new Request('http://localhost/x/7?q=a%00b', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"n"}',
      }),
      context({ id: '7' }),
    )
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toContain('Invalid `q`: contains a character that cannot be stored')
  })

  it('never reads the body of a route that takes none', async () => {
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        controller.enqueue(new Uint8Array(65_536))
      },
    })
    const noBody = route({ public: true }, () => new Response(null, { status: 204 }))
    const response = await noBody(
      new Request('http://localhost/x', { method: 'POST', body, duplex: 'half' } as RequestInit),
      context({}),
    )
    expect(response.status).toBe(204)
    expect(pulled).toBeLessThanOrEqual(1)
  })
})
