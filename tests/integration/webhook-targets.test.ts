// Where alert webhooks may be sent, against real HTTP servers on this machine: the address is judged on what a
// name resolves to, the connection goes to that very address, redirects are not followed, and nothing the
// receiver answered comes back but its status.
import type { LookupAddress } from 'node:dns'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Resolver, sendWebhook } from '../../lib/server/alerts/send-webhook'

const BY_DEFAULT = { allowPrivateTargets: false }
const ON_PREMISES = { allowPrivateTargets: true }

let receiver: Server
let port: number
const hits: string[] = []

beforeAll(async () => {
  receiver = createServer((request, response) => {
    hits.push(request.url!)
    if (request.url === '/moved') response.writeHead(302, { location: `http://127.0.0.1:${port}/followed` }).end()
    else if (request.url === '/metadata-redirect')
      response.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end()
    else if (request.url === '/broken')
      response.writeHead(500, { 'content-type': 'text/plain' }).end('internal secret: db password is hunter2')
    else response.writeHead(204).end()
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  port = (receiver.address() as AddressInfo).port
})

afterAll(() => new Promise((resolve) => receiver.close(resolve)))

/** A DNS answer chosen by the test, counting how often it is asked. */
function answering(addresses: string[]): Resolver & { calls: number } {
  const resolver = Object.assign(
    async () => {
      resolver.calls += 1
      return addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }))
    },
    { calls: 0 },
  )
  return resolver
}

describe('sending to a webhook', () => {
  it('refuses loopback in every spelling by default, before connecting', async () => {
    for (const host of [
      '127.0.0.1',
      '2130706433',
      '0x7f000001',
      '0177.0.0.1',
      '127.1',
      '[::ffff:127.0.0.1]',
      '[::1]',
      'localhost',
    ]) {
      expect(await sendWebhook(`http://${host}:${port}/hook`, {}, BY_DEFAULT), host).toEqual({
        ok: false,
        failure: 'refused_address',
        status: null,
      })
    }
    expect(hits).toEqual([])
    expect(await sendWebhook(`http://127.0.0.1:${port}/hook`, {}, ON_PREMISES)).toEqual({ ok: true, status: 204 })
    expect(await sendWebhook(`http://0x7f000001:${port}/hook`, {}, ON_PREMISES)).toEqual({ ok: true, status: 204 })
    expect(hits.splice(0)).toEqual(['/hook', '/hook'])
  })

  it('judges a name on the addresses it resolves to, once, and connects to the address it judged', async () => {
    const loopback = answering(['127.0.0.1'])
    expect(await sendWebhook(`http://hooks.example.com:${port}/named`, {}, BY_DEFAULT, loopback)).toEqual({
      ok: false,
      failure: 'refused_address',
      status: null,
    })
    // hooks.example.com does not resolve here: reaching the receiver proves the connection used the vetted answer.
    const allowed = answering(['127.0.0.1'])
    expect(await sendWebhook(`http://hooks.example.com:${port}/named`, {}, ON_PREMISES, allowed)).toEqual({
      ok: true,
      status: 204,
    })
    expect(allowed.calls).toBe(1)
    // An answer that mixes a public address with a forbidden one is refused as a whole.
    const mixed = answering(['93.184.215.14', '169.254.169.254'])
    expect(await sendWebhook('http://hooks.example.com/named', {}, ON_PREMISES, mixed)).toEqual({
      ok: false,
      failure: 'refused_address',
      status: null,
    })
    expect(
      await sendWebhook('http://hooks.example.com/named', {}, ON_PREMISES, answering(['::ffff:169.254.169.254'])),
    ).toMatchObject({ failure: 'refused_address' })
    const missing: Resolver = () =>
      Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' }))
    expect(await sendWebhook('http://nowhere.invalid/hook', {}, BY_DEFAULT, missing)).toEqual({
      ok: false,
      failure: 'dns',
      status: null,
    })
    expect(hits.splice(0)).toEqual(['/named'])
  })

  it('never follows a redirect, and keeps nothing of an error answer but its status', async () => {
    expect(await sendWebhook(`http://127.0.0.1:${port}/moved`, {}, ON_PREMISES)).toEqual({
      ok: false,
      failure: 'redirect',
      status: 302,
    })
    expect(await sendWebhook(`http://127.0.0.1:${port}/metadata-redirect`, {}, ON_PREMISES)).toEqual({
      ok: false,
      failure: 'redirect',
      status: 307,
    })
    expect(hits.splice(0)).toEqual(['/moved', '/metadata-redirect'])
    const broken = await sendWebhook(`http://127.0.0.1:${port}/broken`, {}, ON_PREMISES)
    expect(broken).toEqual({ ok: false, failure: 'rejected', status: 500 })
    expect(JSON.stringify(broken)).not.toContain('hunter2')
    hits.splice(0)
  })

  it('says a closed port is unreachable', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const closedPort = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    expect(await sendWebhook(`http://127.0.0.1:${closedPort}/`, {}, ON_PREMISES)).toEqual({
      ok: false,
      failure: 'unreachable',
      status: null,
    })
  })
})
