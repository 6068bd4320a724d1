import type { CreatedUser, CreateUserBody, PasswordLink, UpdateUserBody, UserDto } from '@/lib/schemas/users'
import { defineWrite } from './define-write'

// Settings → Users renders the list on the server and refreshes itself after each write: no cached read to mark.
export const userWrites = {
  create: defineWrite<CreateUserBody, CreatedUser>({
    operation: 'POST /api/users',
    permission: 'users:manage',
    request: (user) => ({ json: user }),
    invalidates: [],
  }),
  update: defineWrite<{ id: string; change: UpdateUserBody }, UserDto>({
    operation: 'PATCH /api/users/{id}',
    permission: 'users:manage',
    request: ({ id, change }) => ({ params: { id }, json: change }),
    invalidates: [],
  }),
  passwordLink: defineWrite<{ id: string }, PasswordLink>({
    operation: 'POST /api/users/{id}/password-link',
    permission: 'users:manage',
    request: ({ id }) => ({ params: { id } }),
    invalidates: [],
  }),
}
