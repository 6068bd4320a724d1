import { createUserBody } from '@/lib/schemas/users'
import { createUser, listUsers } from '@/lib/server/auth/user-admin'
import { db } from '@/lib/server/db/prisma'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// GET /api/users – every user with their role, sign-in source, status and last sign-in.
export const GET = route({ permission: 'users:manage' }, async () => Response.json({ users: await listUsers(db()) }))

// POST /api/users – { email, name?, role }: a local user; the answer's one-time link sets their password.
export const POST = route({ permission: 'users:manage', body: createUserBody }, async ({ body, audit }) => {
  const { change, ...created } = await createUser(db(), body)
  audit.change(change)
  return Response.json(created, { status: 201 })
})
