import { setupLinkBody } from '@/lib/schemas/access'
import { describeLink } from '@/lib/server/auth/setup-links'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// POST /api/setup/link – { token }: what an unused one-time link is for (a POST, so the secret is in no URL or log).
export const POST = route({ public: true, body: setupLinkBody }, async ({ body }) =>
  Response.json(await describeLink(db(), body.token)),
)
