// What sending to a webhook came to, in categories: the delivery log and the rule test say which, never what
// the receiver answered (its body) nor anything else that would make the server a probe of other machines.

export const WEBHOOK_FAILURES = [
  'secret_key',
  'refused_address',
  'dns',
  'unreachable',
  'timeout',
  'tls',
  'redirect',
  'rejected',
] as const
export type WebhookFailure = (typeof WEBHOOK_FAILURES)[number]

export type WebhookResult = { ok: true; status: number } | { ok: false; failure: WebhookFailure; status: number | null }

export const WEBHOOK_TIMEOUT_MS = 10_000

const MESSAGES: Record<WebhookFailure, string> = {
  secret_key:
    'The webhook URL cannot be decrypted: the secret key is missing or not the one it was saved with (the server log says which). Restore the key, or enter the URL again.',
  refused_address: 'The webhook’s address is one alerts may not reach (loopback, private, link-local or metadata).',
  dns: 'The webhook’s host name did not resolve.',
  unreachable: 'Could not connect to the webhook.',
  timeout: `The webhook did not answer within ${WEBHOOK_TIMEOUT_MS / 1000} s.`,
  tls: 'The webhook’s TLS certificate was not accepted.',
  redirect: 'The webhook answered with a redirect; alerts do not follow redirects.',
  rejected: 'The webhook refused the message.',
}

/** The short sentence for a failure category (the rule test's answer). */
export function describeWebhookFailure(failure: WebhookFailure): string {
  return MESSAGES[failure]
}

/** The delivery log's line: the category, and the HTTP status when the receiver answered one. */
export function deliveryError(result: WebhookResult): string | null {
  if (result.ok) return null
  return result.failure === 'rejected' && result.status !== null
    ? `The webhook answered HTTP ${result.status}.`
    : describeWebhookFailure(result.failure)
}
