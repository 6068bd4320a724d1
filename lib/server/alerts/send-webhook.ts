// POSTs JSON to an alert webhook from inside the operator's network, so only to addresses the target policy
// allows (lib/domain/alerts/webhook-target.ts). An IP literal is judged as written; a name is resolved here,
// judged on every address it resolves to, and the connection goes to an address that was judged: a second DNS
// answer (rebinding) cannot switch it. No redirect is followed, no connection is reused, and of the answer only
// the status is kept. The URL never appears in what is returned or logged.
import 'server-only'
import { type LookupAddress, promises as dns } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { WEBHOOK_TIMEOUT_MS, type WebhookFailure, type WebhookResult } from '@/lib/domain/alerts/webhook-outcome'
import { addressRefusal, type WebhookTargetPolicy } from '@/lib/domain/alerts/webhook-target'
import { classifyIpAddress } from '@/lib/domain/network/ip-address-range'

class WebhookError extends Error {
  constructor(readonly failure: WebhookFailure) {
    super(failure)
  }
}

/** Resolves a host name to every address it has (the system resolver, as connections use it). */
export type Resolver = (hostname: string, family: number) => Promise<LookupAddress[]>

const systemResolver: Resolver = (hostname, family) => dns.lookup(hostname, { all: true, family })

export function sendWebhook(
  url: string,
  body: unknown,
  policy: WebhookTargetPolicy,
  resolver: Resolver = systemResolver,
): Promise<WebhookResult> {
  const target = new URL(url)
  // net.connect skips the lookup for an IP literal, so it is judged here.
  if (classifyIpAddress(target.hostname) && addressRefusal(target.hostname, policy))
    return Promise.resolve({ ok: false, failure: 'refused_address', status: null })
  const payload = JSON.stringify(body)
  return new Promise((resolve) => {
    const request = (target.protocol === 'https:' ? https : http).request(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
        'user-agent': 'lambda-finops-alerts',
      },
      lookup: vettedLookup(policy, resolver),
      agent: false,
    })
    const timer = setTimeout(() => request.destroy(new WebhookError('timeout')), WEBHOOK_TIMEOUT_MS)
    const settle = (result: WebhookResult) => {
      clearTimeout(timer)
      resolve(result)
    }
    request.on('response', (response) => {
      const status = response.statusCode ?? 0
      response.destroy()
      if (status >= 200 && status < 300) settle({ ok: true, status })
      else settle({ ok: false, failure: status >= 300 && status < 400 ? 'redirect' : 'rejected', status })
    })
    request.on('error', (error) => settle({ ok: false, failure: failureOf(error), status: null }))
    request.end(payload)
  })
}

// Called by net.connect: the addresses it hands back are the ones the socket connects to.
function vettedLookup(policy: WebhookTargetPolicy, resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, typeof options.family === 'number' ? options.family : 0).then(
      (addresses) => {
        // One refused address refuses the name: a rebinding answer may mix a public address with a private one.
        if (addresses.length === 0 || addresses.some((entry) => addressRefusal(entry.address, policy)))
          return callback(new WebhookError('refused_address'), '', 0)
        if (options.all) return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses)
        callback(null, addresses[0]!.address, addresses[0]!.family)
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    )
  }
}

function failureOf(error: Error): WebhookFailure {
  if (error instanceof WebhookError) return error.failure
  const code = (error as NodeJS.ErrnoException).code ?? ''
  if (['ENOTFOUND', 'EAI_AGAIN', 'ENODATA', 'EAI_FAIL'].includes(code)) return 'dns'
  if (code === 'ETIMEDOUT') return 'timeout'
  if (/CERT|^ERR_TLS|^ERR_SSL|^EPROTO$/.test(code)) return 'tls'
  return 'unreachable'
}
