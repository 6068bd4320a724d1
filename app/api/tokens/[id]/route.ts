import { apiTokenParams } from '@/lib/schemas/api-tokens'
import { revokeApiToken } from '@/lib/server/auth/api-tokens'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// DELETE /api/tokens/{id} – revoke: the token is refused from its next request on.
export const DELETE = route({ permission: 'tokens:manage', params: apiTokenParams }, async ({ params, audit }) => {
  const { apiToken, change } = await revokeApiToken(db(), { id: params.id })
  audit.change(change)
  return Response.json(apiToken)
})
