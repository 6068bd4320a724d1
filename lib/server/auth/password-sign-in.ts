// Signing in with an e-mail address and a password (POST /api/sign-in): Better Auth checks the password and makes
// the session; around it, the lockout (lib/domain/access/lockout.ts): a locked account's password is not even
// checked, and each wrong one counts towards the lock. Every attempt is in the audit log. Unknown addresses,
// wrong passwords and disabled users all get the same answer, so the form tells nobody which addresses exist.
import 'server-only'
import { clock } from '@/lib/server/clock'
import { afterFailedSignIn, lockedUntil } from '@/lib/domain/access/lockout'
import { recordAudit } from '@/lib/server/audit/record-audit'
import { db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { auth } from './auth'
import { authSettings } from './auth-settings'
import { normalizeEmail } from './local-users'

const WRONG = 'Wrong e-mail address or password.'

export async function signInWithPassword(
  input: { email: string; password: string },
  headers: Headers,
): Promise<Response> {
  const email = normalizeEmail(input.email)
  const now = clock.now()
  const user = await db().user.findUnique({ where: { email } })
  const failed = async (reason: string) => {
    await recordAudit(db(), {
      actor: { type: 'anonymous', id: user?.id ?? null, label: email },
      action: 'sign-in.failed',
      target: `user ${email}`,
      details: { reason },
    })
  }
  const locked = user && lockedUntil(user, now)
  if (locked) {
    await failed('locked')
    throw new AppError(
      'too_many_requests',
      `Too many wrong passwords: this account is locked until ${locked.toISOString()} (UTC).`,
    )
  }
  if (user?.disabledAt) {
    await failed('disabled')
    throw new AppError('unauthorized', WRONG)
  }
  const response = await auth().api.signInEmail({
    body: { email, password: input.password },
    headers,
    asResponse: true,
  })
  if (response.ok) {
    // The session hooks reset the failure count and wrote the sign-in to the audit log.
    const answer = Response.json({ email }, { status: 200 })
    for (const cookie of response.headers.getSetCookie()) answer.headers.append('set-cookie', cookie)
    return answer
  }
  if (user)
    await db().user.update({ where: { id: user.id }, data: afterFailedSignIn(user, now, authSettings().lockout) })
  await failed(user ? 'wrong password' : 'unknown address')
  throw new AppError('unauthorized', WRONG)
}
