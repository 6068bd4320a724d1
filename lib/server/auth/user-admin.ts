// What an admin does to users, from Settings → Users (the /api/users routes) and from the shell (npm run users):
// list them, create one with a role and a one-time password link, change a role, disable (their sessions are
// deleted, so they are out at the next request) or enable. The dashboard never loses its last enabled admin this
// way: the check and the change run under one lock, so two admins demoting each other at once cannot both succeed.
// Each function returns what it changed (AuditChange); the caller records it with who did it.
import 'server-only'
import { lockedUntil } from '@/lib/domain/access/lockout'
import type { Role } from '@/lib/domain/access/permissions'
import { effectiveRole } from '@/lib/domain/access/role-assignment'
import type { CreatedUser, UpdateUserBody, UserDto } from '@/lib/schemas/users'
import type { AuditChange } from '@/lib/server/audit/record-audit'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { authSettings, dashboardUrl, SSO_PROVIDER_ID } from './auth-settings'
import { createLocalUser, normalizeEmail } from './local-users'
import { issueLink, setupLinkPath } from './one-time-links'

/** A user named by id (the API) or by e-mail address (the shell). */
export type UserRef = { id: string } | { email: string }

const WITH_ACCOUNTS = { accounts: { select: { providerId: true, password: true } } } as const
/** Any number: one lock for every change of roles and of who is enabled. */
const USER_ADMIN_LOCK = 72_707_370

type StoredUser = {
  id: string
  email: string
  name: string
  role: string | null
  disabledAt: Date | null
  failedSignIns: number
  lockedUntil: Date | null
  lastSignInAt: Date | null
  createdAt: Date
  accounts: { providerId: string; password: string | null }[]
}

function userDto(user: StoredUser, now: Date): UserDto {
  const local = user.accounts.find((account) => account.providerId === 'credential')
  const sso = user.accounts.some((account) => account.providerId === SSO_PROVIDER_ID)
  const locked = lockedUntil(user, now)
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: effectiveRole(user, authSettings().adminEmails),
    source: sso && !local ? 'oidc' : 'local',
    passwordSet: !!local?.password,
    status: user.disabledAt ? 'disabled' : locked ? 'locked' : 'enabled',
    lockedUntil: locked?.toISOString() ?? null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  }
}

/** What the audit log keeps of a user: their access, never their sign-in secrets. */
const auditView = (user: UserDto) => ({ email: user.email, name: user.name, role: user.role, status: user.status })

export async function listUsers(db: Db): Promise<UserDto[]> {
  const users = await db.user.findMany({ orderBy: { email: 'asc' }, include: WITH_ACCOUNTS })
  const now = clock.now()
  return users.map((user) => userDto(user, now))
}

function whereUser(ref: UserRef) {
  return 'id' in ref ? { id: ref.id } : { email: normalizeEmail(ref.email) }
}

async function findUser(db: Pick<Db, 'user'>, ref: UserRef) {
  const user = await db.user.findUnique({ where: whereUser(ref), include: WITH_ACCOUNTS })
  if (!user) throw new AppError('not_found', `There is no user ${'id' in ref ? ref.id : normalizeEmail(ref.email)}.`)
  return user
}

/** A new local user and the one-time link that sets their password (shown once). */
export async function createUser(
  db: Db,
  input: { email: string; name?: string; role: Role },
): Promise<CreatedUser & { change: AuditChange }> {
  const created = await createLocalUser(db, input)
  const token = await issueLink(db, 'set-password', created.id)
  const user = userDto(await findUser(db, { id: created.id }), clock.now())
  return {
    user,
    setPasswordLink: dashboardUrl(setupLinkPath(token)),
    change: { action: 'user.create', target: `user ${user.email}`, before: null, after: auditView(user) },
  }
}

/** A new one-time link that sets (or resets) a local user's password; earlier ones stop working. */
export async function newPasswordLink(db: Db, ref: UserRef): Promise<{ setPasswordLink: string; change: AuditChange }> {
  const user = await findUser(db, ref)
  if (userDto(user, clock.now()).source === 'oidc')
    throw new AppError('conflict', `${user.email} signs in through single sign-on: they have no password to set.`)
  const token = await issueLink(db, 'set-password', user.id)
  return {
    setPasswordLink: dashboardUrl(setupLinkPath(token)),
    change: { action: 'user.password-link', target: `user ${user.email}` },
  }
}

/**
 * Changes a user's role and/or whether they are enabled. Disabling deletes every session, so they are out at their
 * next request. Refused (409) when it would leave no enabled admin.
 */
export async function updateUser(
  db: Db,
  ref: UserRef,
  change: UpdateUserBody,
): Promise<{ user: UserDto; change: AuditChange }> {
  const { adminEmails } = authSettings()
  const now = clock.now()
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${USER_ADMIN_LOCK})`
    const user = await findUser(tx, ref)
    const before = userDto(user, now)
    const role = change.role ?? user.role
    const disabled = change.disabled ?? user.disabledAt !== null
    const adminAfter = !disabled && effectiveRole({ email: user.email, role }, adminEmails) === 'admin'
    if (before.role === 'admin' && user.disabledAt === null && !adminAfter) {
      const others = await tx.user.findMany({
        where: { id: { not: user.id }, disabledAt: null },
        select: { email: true, role: true },
      })
      if (!others.some((other) => effectiveRole(other, adminEmails) === 'admin'))
        throw new AppError(
          'conflict',
          `${user.email} is the last enabled admin: make someone else admin first, or the dashboard would have no admin.`,
        )
    }
    await tx.user.update({
      where: { id: user.id },
      data: {
        role,
        ...(change.disabled === undefined
          ? {}
          : change.disabled
            ? { disabledAt: user.disabledAt ?? now }
            : { disabledAt: null, failedSignIns: 0, lockedUntil: null }),
      },
    })
    if (disabled) await tx.session.deleteMany({ where: { userId: user.id } })
    const after = userDto(await findUser(tx, { id: user.id }), now)
    const action =
      change.role !== undefined && change.disabled !== undefined
        ? 'user.update'
        : change.role !== undefined
          ? 'user.set-role'
          : change.disabled
            ? 'user.disable'
            : 'user.enable'
    return {
      user: after,
      change: {
        action,
        target: `user ${user.email}`,
        before: auditView(before),
        after: auditView(after),
      },
    }
  })
}
