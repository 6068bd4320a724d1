import { signInBody } from '@/lib/schemas/access'
import { signInWithPassword } from '@/lib/server/auth/password-sign-in'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// POST /api/sign-in – { email, password }: sets the session cookie (locked after repeated wrong passwords).
export const POST = route({ public: true, body: signInBody }, async ({ body, request }) =>
  signInWithPassword(body, request.headers),
)
