// What an admin does to users (from the shell today: npm run users): create one with a role and a one-time
// password link, change a role, disable (their sessions are deleted, so they are out at the next request) or
// enable. The dashboard never loses its last admin this way. Each change goes to the audit log.
import 'server-only'
import { clock } from '@/lib/server/clock'
import { isRole, type Role } from '@/lib/domain/access/permissions'
import { effectiveRole } from '@/lib/domain/access/role-assignment'
import { type AuditActor, recordAudit } from '@/lib/server/audit/record-audit'
import type { Db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { authSettings } from './auth-settings'
import { createLocalUser, normalizeEmail } from './local-users'
import { issueLink, setupLinkPath } from './one-time-links'

export type UserSummary = {
  email: string
  name: string
  role: Role | null
  storedRole: string | null
  disabled: boolean
  lockedUntil: Date | null
  signIn: string[]
  createdAt: Date
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const users = await db.user.findMany({
    orderBy: { email: 'asc' },
    include: { accounts: { select: { providerId: true, password: true } } },
  })
  const { adminEmails } = authSettings()
  return users.map((user) => ({
    email: user.email,
    name: user.name,
    role: effectiveRole(user, adminEmails),
    storedRole: user.role,
    disabled: user.disabledAt !== null,
    lockedUntil: user.lockedUntil,
    signIn: user.accounts.map((account) =>
      account.providerId === 'credential' ? (account.password ? 'password' : 'password (not set)') : 'sso',
    ),
    createdAt: user.createdAt,
  }))
}

async function userByEmail(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) } })
  if (!user) throw new AppError('not_found', `There is no user ${normalizeEmail(email)}.`)
  return user
}

/** Whether someone other than `userId` would still be an enabled admin. */
async function anotherAdminRemains(db: Db, userId: string): Promise<boolean> {
  const { adminEmails } = authSettings()
  const others = await db.user.findMany({
    where: { id: { not: userId }, disabledAt: null },
    select: { email: true, role: true },
  })
  return others.some((user) => effectiveRole(user, adminEmails) === 'admin')
}

/** A new user and the one-time link that sets their password (shown once). */
export async function createUser(
  db: Db,
  actor: AuditActor,
  input: { email: string; name?: string; role: Role },
): Promise<{ email: string; setPasswordPath: string }> {
  const user = await createLocalUser(db, input)
  const token = await issueLink(db, 'set-password', user.id)
  await recordAudit(db, { actor, action: 'user.create', target: `user ${user.email}`, details: { role: input.role } })
  return { email: user.email, setPasswordPath: setupLinkPath(token) }
}

/** A new one-time link that sets (or resets) the user's password; earlier ones stop working. */
export async function newPasswordLink(db: Db, actor: AuditActor, email: string): Promise<string> {
  const user = await userByEmail(db, email)
  const token = await issueLink(db, 'set-password', user.id)
  await recordAudit(db, { actor, action: 'user.password-link', target: `user ${user.email}` })
  return setupLinkPath(token)
}

export async function setRole(db: Db, actor: AuditActor, email: string, role: Role): Promise<void> {
  if (!isRole(role)) throw new AppError('bad_request', `${role} is not a role (viewer, finance, engineer, admin).`)
  const user = await userByEmail(db, email)
  if (user.role === 'admin' && role !== 'admin' && !(await anotherAdminRemains(db, user.id)))
    throw new AppError('conflict', `${user.email} is the last admin: make someone else admin first.`)
  await db.user.update({ where: { id: user.id }, data: { role } })
  await recordAudit(db, {
    actor,
    action: 'user.set-role',
    target: `user ${user.email}`,
    details: { before: user.role, after: role },
  })
}

/** Disabled: cannot sign in, and every session is deleted, so they are out at their next request. */
export async function setDisabled(db: Db, actor: AuditActor, email: string, disabled: boolean): Promise<void> {
  const user = await userByEmail(db, email)
  if (disabled && !(await anotherAdminRemains(db, user.id)))
    throw new AppError('conflict', `${user.email} is the last admin: make someone else admin first.`)
  await db.$transaction([
    db.user.update({
      where: { id: user.id },
      data: { disabledAt: disabled ? clock.now() : null, failedSignIns: 0, lockedUntil: null },
    }),
    ...(disabled ? [db.session.deleteMany({ where: { userId: user.id } })] : []),
  ])
  await recordAudit(db, { actor, action: disabled ? 'user.disable' : 'user.enable', target: `user ${user.email}` })
}
