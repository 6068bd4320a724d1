import { env } from '@/lib/env'
import { clock } from '@/lib/server/clock'
import { deliverPendingAlerts } from '@/lib/server/alerts/deliver-pending-alerts'
import { targetPolicy } from '@/lib/server/alerts/target-policy'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'
import { listAlertDeliveries } from '@/lib/server/queries/list-alert-deliveries'

export const dynamic = 'force-dynamic'

// GET /api/alerts/deliveries – the delivery log.
export const GET = route({ permission: 'read' }, async () =>
  Response.json({ deliveries: await listAlertDeliveries(db()) }),
)

// POST /api/alerts/deliveries – queue and send what is due now.
export const POST = route({ permission: 'alert-rules:write' }, async () =>
  Response.json(
    await deliverPendingAlerts(db(), {
      now: clock.now(),
      targets: targetPolicy(),
      publicUrl: env().FINOPS_PUBLIC_URL ?? null,
    }),
  ),
)
