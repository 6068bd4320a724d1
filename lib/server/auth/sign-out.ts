// Signing out: Better Auth deletes this browser's session and clears its cookie; "everywhere" first deletes every
// other session of the user too (a lost laptop). An API token has no session: it is revoked instead. route()
// writes the sign-out to the audit log, as every write.
import 'server-only'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { auth } from './auth'
import type { Caller } from './caller'

export async function signOut(caller: Caller, options: { everywhere: boolean }, headers: Headers): Promise<Response> {
  if (caller.kind !== 'user')
    throw new AppError('bad_request', 'An API token has no session to end: revoke the token instead.')
  if (options.everywhere) await db().session.deleteMany({ where: { userId: caller.id } })
  const result = await auth().api.signOut({ headers, asResponse: true })
  const answer = new Response(null, { status: 204 })
  for (const cookie of result.headers.getSetCookie()) answer.headers.append('set-cookie', cookie)
  return answer
}
