import { completeSetupBody } from '@/lib/schemas/access'
import { completeSetup } from '@/lib/server/auth/setup-links'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// POST /api/setup – { token, password, email?, name? }: use a one-time link (the first admin, or a user's password).
export const POST = route({ public: true, body: completeSetupBody }, async ({ body }) =>
  Response.json(await completeSetup(db(), body)),
)
