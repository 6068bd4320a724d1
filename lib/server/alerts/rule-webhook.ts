// A rule's webhook URL at rest: sealed with the secret key (lib/server/secrets) when saved, opened only to send
// or to mask it. A URL that cannot be opened (the key is missing or another one) is reported, never a crash:
// listing shows it as unreadable, sending fails with the `secret_key` category and is retried like any failure.
import 'server-only'
import { maskWebhookUrl } from '@/lib/domain/alerts/mask-url'
import type { WebhookResult } from '@/lib/domain/alerts/webhook-outcome'
import type { WebhookTargetPolicy } from '@/lib/domain/alerts/webhook-target'
import type { Db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { isSealed, openSecret, sealSecret } from '@/lib/server/secrets/secret-box'
import { secretKey } from '@/lib/server/secrets/secret-key'
import { sendWebhook } from './send-webhook'

const PURPOSE = 'alert_rule.webhook_url'

export const UNREADABLE_URL_MASK = '(cannot be decrypted with this server’s secret key: enter the URL again)'

export function sealWebhookUrl(url: string): string {
  try {
    return sealSecret(url, secretKey(), PURPOSE)
  } catch (error) {
    throw new AppError('service_unavailable', `Webhook URLs cannot be saved: ${(error as Error).message}`)
  }
}

export function maskedWebhookUrl(stored: string): string {
  try {
    return maskWebhookUrl(openSecret(stored, secretKey(), PURPOSE))
  } catch {
    return UNREADABLE_URL_MASK
  }
}

export async function sendToWebhook(
  stored: string,
  body: unknown,
  policy: WebhookTargetPolicy,
): Promise<WebhookResult> {
  let url: string
  try {
    url = openSecret(stored, secretKey(), PURPOSE)
  } catch (error) {
    console.error(`[alerts] ${(error as Error).message}`)
    return { ok: false, failure: 'secret_key', status: null }
  }
  return sendWebhook(url, body, policy)
}

/** Seals every URL stored in plain text (before encryption existed). Idempotent: sealed rows are left alone. */
export async function sealStoredWebhookUrls(db: Db, key: Buffer = secretKey()): Promise<number> {
  const plain = await db.$queryRawUnsafe<{ id: number; webhook_url: string }[]>(
    `SELECT id, webhook_url FROM alert_rule WHERE webhook_url NOT LIKE 'enc:%'`,
  )
  let sealed = 0
  for (const row of plain.filter((candidate) => !isSealed(candidate.webhook_url))) {
    // Only if unchanged meanwhile (another server sealing it, or a user saving a new URL).
    sealed += await db.$executeRawUnsafe(
      'UPDATE alert_rule SET webhook_url = $1 WHERE id = $2 AND webhook_url = $3',
      sealSecret(row.webhook_url, key, PURPOSE),
      row.id,
      row.webhook_url,
    )
  }
  return sealed
}

/** At server start: make sure the key exists (generated on first start) and seal what was stored in plain text. */
export async function sealWebhookUrlsAtStart(getDb: () => Db): Promise<void> {
  try {
    const key = secretKey((line) => console.log(`[alerts] ${line}`))
    const sealed = await sealStoredWebhookUrls(getDb(), key)
    if (sealed > 0) console.log(`[alerts] Encrypted ${sealed} webhook URL(s) stored in plain text.`)
  } catch (error) {
    console.error(
      `[alerts] ${(error as Error).message} Alert rules cannot be saved or sent until this is fixed; the rest of the dashboard works.`,
    )
  }
}
