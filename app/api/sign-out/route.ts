import { signOutBody } from '@/lib/schemas/access'
import { signOut } from '@/lib/server/auth/sign-out'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// POST /api/sign-out – { everywhere }: ends this browser's session, or all of the user's sessions.
export const POST = route({ permission: 'read', body: signOutBody }, async ({ caller, body, request }) =>
  signOut(caller, body, request.headers),
)
