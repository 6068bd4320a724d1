// Using a one-time link: the first admin (only while there is no user at all: a link printed by an earlier start
// cannot make a second admin later) or a user's password. Each use is in the audit log.
import 'server-only'
import type { CompleteSetupBody, SetupLinkInfo } from '@/lib/schemas/access'
import { recordAudit } from '@/lib/server/audit/record-audit'
import type { Db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { createLocalUser, setPassword } from './local-users'
import { consumeLink, findLink, issueLink, setupLinkPath } from './one-time-links'

const UNUSABLE = 'This link was used already or replaced by a newer one. Ask an admin for a new one (npm run users).'

/** The first admin's link while the dashboard has no user (a new one each time: the last printed works); else null. */
export async function firstAdminLinkPath(db: Db): Promise<string | null> {
  if ((await db.user.count()) > 0) return null
  return setupLinkPath(await issueLink(db, 'first-admin', null))
}

export async function describeLink(db: Db, token: string): Promise<SetupLinkInfo> {
  const link = await findLink(db, token)
  if (!link || (link.purpose === 'first-admin' && (await db.user.count()) > 0))
    throw new AppError('not_found', UNUSABLE)
  return { purpose: link.purpose === 'first-admin' ? 'first-admin' : 'set-password', email: link.user?.email ?? null }
}

export async function completeSetup(db: Db, body: CompleteSetupBody): Promise<{ email: string }> {
  const link = await findLink(db, body.token)
  if (!link) throw new AppError('not_found', UNUSABLE)
  if (link.purpose === 'first-admin') {
    if (!body.email) throw new AppError('bad_request', 'Invalid `email`: the first admin needs an e-mail address.')
    if ((await db.user.count()) > 0)
      throw new AppError('conflict', 'The first admin exists already: sign in, or ask an admin for an account.')
    if (!(await consumeLink(db, link.id))) throw new AppError('not_found', UNUSABLE)
    const user = await createLocalUser(db, {
      email: body.email,
      name: body.name,
      role: 'admin',
      password: body.password,
    })
    await recordAudit(db, {
      actor: { type: 'user', id: user.id, label: user.email },
      action: 'user.create-first-admin',
      target: `user ${user.email}`,
      details: { role: 'admin' },
    })
    return { email: user.email }
  }
  if (!link.user) throw new AppError('not_found', UNUSABLE)
  if (!(await consumeLink(db, link.id))) throw new AppError('not_found', UNUSABLE)
  await setPassword(db, link.user.id, body.password)
  await recordAudit(db, {
    actor: { type: 'user', id: link.user.id, label: link.user.email },
    action: 'user.set-password',
    target: `user ${link.user.email}`,
  })
  return { email: link.user.email }
}
