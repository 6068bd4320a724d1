// Users who sign in with a password, as the shell, the first-admin link and the Users API create them. Passwords
// are hashed the way Better Auth checks them (scrypt, better-auth/crypto) and kept on the user's `credential`
// account, which is where Better Auth's e-mail sign-in looks.
import 'server-only'
import { randomUUID } from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import type { Role } from '@/lib/domain/access/permissions'
import type { Db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'

const CREDENTIAL = 'credential'

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** A new user with a role (and a password, or none yet: a password link sets it). 409 when the address is taken. */
export async function createLocalUser(db: Db, input: { email: string; name?: string; role: Role; password?: string }) {
  const email = normalizeEmail(input.email)
  if (await db.user.findUnique({ where: { email } }))
    throw new AppError('conflict', `A user with the address ${email} exists already.`)
  const id = randomUUID()
  const password = input.password === undefined ? null : await hashPassword(input.password)
  return db.user.create({
    data: {
      id,
      email,
      name: input.name?.trim() || email.split('@')[0]!,
      role: input.role,
      accounts: password
        ? { create: { id: randomUUID(), accountId: id, providerId: CREDENTIAL, password } }
        : undefined,
    },
  })
}

/** Sets (or replaces) a user's password; their existing sessions stay, a lockout ends. */
export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  const hashed = await hashPassword(password)
  const existing = await db.account.findFirst({ where: { userId, providerId: CREDENTIAL } })
  if (existing) await db.account.update({ where: { id: existing.id }, data: { password: hashed } })
  else
    await db.account.create({
      data: { id: randomUUID(), accountId: userId, providerId: CREDENTIAL, userId, password: hashed },
    })
  await db.user.update({ where: { id: userId }, data: { failedSignIns: 0, lockedUntil: null } })
}
