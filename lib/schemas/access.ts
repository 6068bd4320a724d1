// Sign-in, users, API tokens and the audit log: the shapes the API takes and answers with (client-safe).
import { z } from 'zod'
import { PERMISSIONS, ROLES } from '@/lib/domain/access/permissions'
import { defineOperation } from '@/lib/openapi/define-operation'

export const role = z
  .enum(ROLES)
  .meta({ description: 'viewer, finance, engineer or admin (what each may do: lib/domain/access).' })
const email = z.string().trim().toLowerCase().pipe(z.email('expected an e-mail address').max(254))
const displayName = z.string().trim().min(1, 'expected a name').max(100)
/** 12 to 128 characters (Better Auth's limits as configured in lib/server/auth/auth.ts). */
export const password = z.string().min(12, 'must be at least 12 characters').max(128, 'must be at most 128 characters')
/** A one-time link's secret, as it appears after `#token=` in the link. */
const linkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not the token of a one-time link')

// ---- signing in and out

export const signInBody = z
  .object({ email, password: z.string().min(1, 'expected the password').max(128, 'must be at most 128 characters') })
  .meta({ id: 'SignIn' })
export const signInResult = z.object({ email: z.string() }).meta({ id: 'SignedIn' })
export const signOutBody = z
  .object({
    everywhere: z
      .boolean()
      .default(false)
      .meta({ description: 'Sign out every browser this user is signed in on, not only this one.' }),
  })
  .meta({ id: 'SignOut' })

// ---- who is signed in (the layout hands this to the browser, which hides what the caller may not do)

export const callerInfo = z
  .object({
    kind: z.enum(['user', 'token']),
    name: z.string(),
    email: z.string().nullable(),
    role,
    permissions: z.array(z.enum(PERMISSIONS)),
  })
  .meta({ id: 'Caller' })
export type CallerInfo = z.infer<typeof callerInfo>

// ---- one-time links: the first admin, and a user's password

export const setupLinkBody = z.object({ token: linkToken }).meta({ id: 'SetupLinkQuery' })
export const setupLinkInfo = z
  .object({
    purpose: z.enum(['first-admin', 'set-password']),
    email: z
      .string()
      .nullable()
      .meta({ description: 'The user whose password the link sets; null for the first admin.' }),
  })
  .meta({ id: 'SetupLink' })
export type SetupLinkInfo = z.infer<typeof setupLinkInfo>
export const completeSetupBody = z
  .object({
    token: linkToken,
    password,
    email: email.optional().meta({ description: 'The first admin’s address (first-admin links only).' }),
    name: displayName.optional(),
  })
  .meta({ id: 'CompleteSetup' })
export type CompleteSetupBody = z.infer<typeof completeSetupBody>
export const completeSetupResult = z.object({ email: z.string() }).meta({ id: 'SetupDone' })

export const accessOperations = [
  defineOperation({
    method: 'post',
    path: '/api/sign-in',
    permission: 'public',
    summary: 'Sign in with an e-mail address and a password; the answer sets the session cookie',
    description:
      'Wrong passwords in a row lock the account for a while (FINOPS_SIGN_IN_MAX_FAILURES, FINOPS_SIGN_IN_LOCK_MINUTES).',
    tags: ['access'],
    body: signInBody,
    responses: {
      200: { description: 'Signed in.', schema: signInResult },
      401: { description: 'Wrong address or password.' },
      429: { description: 'The account is locked for now.' },
    },
  }),
  defineOperation({
    method: 'post',
    path: '/api/sign-out',
    permission: 'read',
    summary: 'Sign out this browser, or every browser of this user',
    tags: ['access'],
    body: signOutBody,
    responses: {
      204: { description: 'Signed out; the session cookie is cleared.' },
      400: { description: 'An API token cannot sign out (revoke it instead).' },
    },
  }),
  defineOperation({
    method: 'post',
    path: '/api/setup/link',
    permission: 'public',
    summary: 'What a one-time link is for (the first admin, or a user’s password), while it is unused',
    tags: ['access'],
    body: setupLinkBody,
    responses: {
      200: { description: 'The link is valid.', schema: setupLinkInfo },
      404: { description: 'No such link, or it was used.' },
    },
  }),
  defineOperation({
    method: 'post',
    path: '/api/setup',
    permission: 'public',
    summary: 'Use a one-time link: create the first admin, or set a user’s password',
    tags: ['access'],
    body: completeSetupBody,
    responses: {
      200: { description: 'Done: sign in with the address and password.', schema: completeSetupResult },
      404: { description: 'No such link, or it was used.' },
      409: { description: 'That address is taken.' },
    },
  }),
]
