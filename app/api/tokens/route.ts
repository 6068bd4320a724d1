import { createApiTokenBody } from '@/lib/schemas/api-tokens'
import { createApiToken, listApiTokens } from '@/lib/server/auth/api-tokens'
import { callerLabel } from '@/lib/server/auth/caller'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// GET /api/tokens – every API token (never its secret), newest first.
export const GET = route({ permission: 'tokens:manage' }, async () =>
  Response.json({ tokens: await listApiTokens(db()) }),
)

// POST /api/tokens – { name, role, expiresInDays? }: the answer holds the secret, this once.
export const POST = route(
  { permission: 'tokens:manage', body: createApiTokenBody },
  async ({ body, caller, audit }) => {
    const { change, ...created } = await createApiToken(db(), { ...body, createdBy: callerLabel(caller) })
    audit.change(change)
    return Response.json(created, { status: 201 })
  },
)
