import type { ApiTokenDto, CreateApiTokenBody, CreatedApiToken } from '@/lib/schemas/api-tokens'
import { defineWrite } from './define-write'

// Settings → API tokens renders the list on the server and refreshes itself after each write.
export const apiTokenWrites = {
  create: defineWrite<CreateApiTokenBody, CreatedApiToken>({
    operation: 'POST /api/tokens',
    permission: 'tokens:manage',
    request: (token) => ({ json: token }),
    invalidates: [],
  }),
  revoke: defineWrite<{ id: number }, ApiTokenDto>({
    operation: 'DELETE /api/tokens/{id}',
    permission: 'tokens:manage',
    request: ({ id }) => ({ params: { id } }),
    invalidates: [],
  }),
}
