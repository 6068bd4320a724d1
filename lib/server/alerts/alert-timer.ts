// The periodic trigger for alert delivery inside the Node.js server (started from instrumentation.ts):
// every FINOPS_ALERT_INTERVAL_SECONDS it queues new anomalies and retries what is due. One per process,
// never overlapping itself; the claim-with-lease in deliverPendingAlerts keeps several processes safe.
import 'server-only'
import { env } from '@/lib/env'
import { clock } from '@/lib/server/clock'
import { db } from '@/lib/server/db/prisma'
import { deliverPendingAlerts } from './deliver-pending-alerts'
import { targetPolicy } from './target-policy'

const state = globalThis as unknown as { finopsAlertTimer?: ReturnType<typeof setInterval> }

export function startAlertTimer(): void {
  const seconds = env().FINOPS_ALERT_INTERVAL_SECONDS
  if (seconds === 0 || state.finopsAlertTimer) return
  let running = false
  state.finopsAlertTimer = setInterval(() => {
    if (running) return
    running = true
    deliverPendingAlerts(db(), {
      now: clock.now(),
      targets: targetPolicy(),
      publicUrl: env().FINOPS_PUBLIC_URL ?? null,
    })
      .then((summary) => {
        if (summary.attempted > 0)
          console.log(`[alerts] sent ${summary.delivered}, retrying ${summary.retrying}, gave up ${summary.failed}`)
      })
      .catch((error: unknown) => console.error('[alerts] delivery failed:', error))
      .finally(() => {
        running = false
      })
  }, seconds * 1000)
  state.finopsAlertTimer.unref()
}
