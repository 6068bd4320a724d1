// One-time links: the first admin's (printed by `npm start` while there is no user) and a user's password link.
// The secret (256 random bits) travels only in the link's fragment (`/setup#token=…`, which browsers never send
// to a server, so it is in no access log); only its SHA-256 is stored. A link is valid until it is used, or until
// a newer link for the same purpose and user replaces it.
import 'server-only'
import { clock } from '@/lib/server/clock'
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '@/lib/server/db/prisma'

export type LinkPurpose = 'first-admin' | 'set-password'

const hash = (token: string) => createHash('sha256').update(token).digest('hex')

export function setupLinkPath(token: string): string {
  return `/setup#token=${token}`
}

/** A new link; earlier unused links for the same purpose and user stop working. Returns the secret. */
export async function issueLink(db: Db, purpose: LinkPurpose, userId: string | null): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await db.$transaction([
    db.oneTimeLink.deleteMany({ where: { purpose, userId, usedAt: null } }),
    db.oneTimeLink.create({ data: { tokenHash: hash(token), purpose, userId } }),
  ])
  return token
}

/** The unused link with this secret, or null. */
export async function findLink(db: Db, token: string) {
  const link = await db.oneTimeLink.findUnique({ where: { tokenHash: hash(token) }, include: { user: true } })
  return link && !link.usedAt ? link : null
}

/** Marks a link used; false when it was used already (two tabs racing), so only one use ever succeeds. */
export async function consumeLink(db: Db, id: number): Promise<boolean> {
  const { count } = await db.oneTimeLink.updateMany({ where: { id, usedAt: null }, data: { usedAt: clock.now() } })
  return count === 1
}
