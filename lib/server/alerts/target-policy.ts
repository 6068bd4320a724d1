// Where this installation lets alert webhooks go (FINOPS_ALERT_ALLOW_PRIVATE_TARGETS), for the routes and the timer.
import 'server-only'
import type { WebhookTargetPolicy } from '@/lib/domain/alerts/webhook-target'
import { env } from '@/lib/env'

export function targetPolicy(): WebhookTargetPolicy {
  return { allowPrivateTargets: env().FINOPS_ALERT_ALLOW_PRIVATE_TARGETS }
}
