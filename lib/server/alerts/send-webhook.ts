// POSTs JSON to a webhook with a timeout; any 2xx is delivered, anything else (status or network error) is a
// failure worth retrying. The URL never appears in what is returned or logged.
import type { z } from 'zod'
import type { webhookTestResult } from '@/lib/schemas/alerts'

export type WebhookResult = z.infer<typeof webhookTestResult>

const TIMEOUT_MS = 10_000
const MAX_ERROR_LENGTH = 300

export async function sendWebhook(fetchImpl: typeof fetch, url: string, body: unknown): Promise<WebhookResult> {
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'lambda-finops-alerts' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    })
    if (response.ok) return { ok: true, status: response.status, error: null }
    const text = (await response.text().catch(() => '')).slice(0, MAX_ERROR_LENGTH)
    return { ok: false, status: response.status, error: `HTTP ${response.status}${text ? `: ${text}` : ''}` }
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
    const message = error instanceof Error ? `${error.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : error.message}${cause}` : String(error)
    return { ok: false, status: null, error: message.replaceAll(url, '<webhook>').slice(0, MAX_ERROR_LENGTH) }
  }
}
