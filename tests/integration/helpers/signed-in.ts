// Every route but /api/health needs a signed-in caller: an integration test calls a route handler with the
// headers of an API token of the role it needs (tokens and session cookies are the same caller to route()).
//
//   const viewer = await signedInHeaders(database.db, 'viewer')
//   await GET(new Request('http://localhost/api/costs', { headers: viewer }), undefined)
import type { Role } from '../../../lib/domain/access/permissions'
import { createApiToken } from '../../../lib/server/auth/api-tokens'
import type { Db } from '../../../lib/server/db/prisma'

export const TEST_ACTOR = { type: 'cli', id: null, label: 'integration test' } as const

/** Headers that call the API as a new token of this role (admin by default). */
export async function signedInHeaders(db: Db, role: Role = 'admin'): Promise<{ authorization: string }> {
  const { token } = await createApiToken(db, { name: `integration ${role}`, role, createdBy: TEST_ACTOR.label })
  return { authorization: `Bearer ${token}` }
}
