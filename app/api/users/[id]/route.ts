import { updateUserBody, userIdParams } from '@/lib/schemas/users'
import { updateUser } from '@/lib/server/auth/user-admin'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// PATCH /api/users/{id} – { role?, disabled? }; never the last enabled admin (409).
export const PATCH = route(
  { permission: 'users:manage', params: userIdParams, body: updateUserBody },
  async ({ params, body, audit }) => {
    const { user, change } = await updateUser(db(), { id: params.id }, body)
    audit.change(change)
    return Response.json(user)
  },
)
