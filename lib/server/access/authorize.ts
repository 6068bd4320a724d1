// The one check behind every route handler and page: who is calling (an API token or a signed-in user, looked up
// in the database on every request) and whether their role holds the permission the route or page declared.
// Deny by default: no credentials is 401 (a page redirects to /sign-in instead), a role without the permission 403.
import 'server-only'
import { can } from '@/lib/domain/access/permissions'
import type { Caller } from '@/lib/server/auth/caller'
import { AppError } from '@/lib/server/http/app-error'
import type { RouteAccess } from '@/lib/server/http/route'

export const SIGN_IN_NEEDED = 'Sign in first, or send an API token as Authorization: Bearer <token>.'

/** The caller if they may go on; throws 401 (nobody) or 403 (a role without the permission). Public: null. */
export function authorize(caller: Caller | null, access: RouteAccess): Caller | null {
  if (access.public) return null
  if (!caller) throw new AppError('unauthorized', SIGN_IN_NEEDED)
  if (!can(caller.role, access.permission))
    throw new AppError(
      'forbidden',
      `The ${caller.role} role may not do this (it needs the ${access.permission} permission).`,
    )
  return caller
}
