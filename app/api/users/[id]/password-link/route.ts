import { userIdParams } from '@/lib/schemas/users'
import { newPasswordLink } from '@/lib/server/auth/user-admin'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// POST /api/users/{id}/password-link – a new one-time link that sets the user's password (earlier ones stop working).
export const POST = route({ permission: 'users:manage', params: userIdParams }, async ({ params, audit }) => {
  const { setPasswordLink, change } = await newPasswordLink(db(), { id: params.id })
  audit.change(change)
  return Response.json({ setPasswordLink })
})
