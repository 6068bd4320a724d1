// Users, as an admin manages them (Settings → Users, GET/POST /api/users, PATCH /api/users/{id}): who they are,
// their role, how they sign in, whether they may, and when they last did. Passwords never pass through here: a new
// local user gets a one-time link that sets theirs.
import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { role } from './access'

const email = z.string().trim().toLowerCase().pipe(z.email('expected an e-mail address').max(254))
const instant = z.string().meta({ description: 'An instant (ISO 8601, UTC).' })

export const userDto = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: role.nullable().meta({
      description: 'The role held now (FINOPS_ADMIN_EMAILS are admins whatever is stored); null: none, so no access.',
    }),
    source: z.enum(['local', 'oidc']).meta({
      description: 'local: signs in with a password (set through a one-time link); oidc: through single sign-on.',
    }),
    passwordSet: z.boolean().meta({ description: 'Whether a local user has set their password yet.' }),
    status: z.enum(['enabled', 'disabled', 'locked']).meta({
      description: 'disabled: by an admin (signed out everywhere); locked: for now, after repeated wrong passwords.',
    }),
    lockedUntil: instant.nullable(),
    lastSignInAt: instant.nullable(),
    createdAt: instant,
  })
  .meta({ id: 'User' })
export type UserDto = z.infer<typeof userDto>

export const usersResponse = z.object({ users: z.array(userDto) }).meta({ id: 'Users' })

export const userIdParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a user id')
    .meta({ description: 'The user’s id (from GET /api/users).' }),
})

export const createUserBody = z
  .strictObject({
    email,
    name: z.string().trim().min(1, 'expected a name').max(100).optional(),
    role,
  })
  .meta({ id: 'UserInput' })
export type CreateUserBody = z.output<typeof createUserBody>

export const setPasswordLink = z.object({
  setPasswordLink: z.string().meta({
    description:
      'The one-time link that sets the user’s password: give it to them. It works once; it is never shown again.',
  }),
})

export const createdUser = z.object({ user: userDto }).extend(setPasswordLink.shape).meta({ id: 'CreatedUser' })
export type CreatedUser = z.infer<typeof createdUser>
export type PasswordLink = z.infer<typeof setPasswordLink>

export const updateUserBody = z
  .strictObject({
    role: role.optional(),
    disabled: z.boolean().optional().meta({
      description: 'true signs them out everywhere at once and refuses their sign-ins; false lets them in again.',
    }),
  })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, {
    message: 'give `role`, `disabled` or both',
  })
  .meta({ id: 'UserChange' })
export type UpdateUserBody = z.output<typeof updateUserBody>

export const usersOperations = [
  defineOperation({
    method: 'get',
    path: '/api/users',
    permission: 'users:manage',
    summary: 'Every user: role, how they sign in, status and last sign-in',
    tags: ['access'],
    responses: { 200: { description: 'The users, by e-mail address.', schema: usersResponse } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/users',
    permission: 'users:manage',
    summary: 'Create a local user with a role; the answer holds a one-time link that sets their password',
    description: 'No password is ever chosen or shown by the admin: the user sets it through the link.',
    tags: ['access'],
    body: createUserBody,
    responses: {
      201: { description: 'Created.', schema: createdUser },
      409: { description: 'A user with that address exists already.' },
    },
  }),
  defineOperation({
    method: 'patch',
    path: '/api/users/{id}',
    permission: 'users:manage',
    summary: 'Change a user’s role, or disable (out at their next request) or enable them',
    tags: ['access'],
    pathParams: userIdParams,
    body: updateUserBody,
    responses: {
      200: { description: 'Changed.', schema: userDto },
      404: { description: 'No such user.' },
      409: { description: 'The last enabled admin cannot be demoted or disabled: make someone else admin first.' },
    },
  }),
  defineOperation({
    method: 'post',
    path: '/api/users/{id}/password-link',
    permission: 'users:manage',
    summary: 'A new one-time link that sets (or resets) a local user’s password; earlier links stop working',
    tags: ['access'],
    pathParams: userIdParams,
    responses: {
      200: { description: 'The link, shown once.', schema: setPasswordLink.meta({ id: 'PasswordLink' }) },
      404: { description: 'No such user.' },
      409: { description: 'The user signs in through single sign-on only.' },
    },
  }),
]
