// What route() writes to the audit log for a request that changed something (or downloaded an export): who, what
// (the change the handler described, with the values before and after; else the method and route), the object
// (else the path), the answer's status, the query (an export's filters) and the body sent, with anything secret
// replaced (a webhook URL is a credential; passwords and tokens never go in).
import 'server-only'
import type { Caller } from '@/lib/server/auth/caller'
import { auditActor } from '@/lib/server/auth/caller'
import type { Db } from '@/lib/server/db/prisma'
import { type AuditChange, recordAudit } from './record-audit'

const SECRET_KEY = /password|token|secret|webhook|url/i

/** A copy of a request body with every value under a secret-looking key replaced by "[redacted]". */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? '[redacted]' : redactSecrets(item)]),
  )
}

/** `/api/anomalies/17/x` → `/api/anomalies/{id}/x`: the action names the route, the target the object. */
export function routeOfPath(path: string): string {
  return path.replace(/\/\d+(?=\/|$)/g, '/{id}')
}

/** `query` and `body` as the route parsed them (valid, storable text), never the raw request: a parameter the route
 * does not read could hold anything, a NUL even, which PostgreSQL's jsonb refuses. */
export async function auditRequest(
  db: Db,
  input: { caller: Caller; request: Request; query: unknown; body: unknown; status: number; change?: AuditChange },
): Promise<void> {
  const path = new URL(input.request.url).pathname
  const change = input.change
  await recordAudit(db, {
    actor: auditActor(input.caller),
    action: change?.action ?? `${input.request.method} ${routeOfPath(path)}`,
    target: change?.target ?? path,
    details: {
      ...(change ? (redactSecrets(change.details ?? {}) as object) : {}),
      ...(change ? { before: redactSecrets(change.before ?? null), after: redactSecrets(change.after ?? null) } : {}),
      request: `${input.request.method} ${path}`,
      status: input.status,
      ...(input.query === undefined ? {} : { query: redactSecrets(input.query) }),
      ...(input.body === undefined ? {} : { body: redactSecrets(input.body) }),
    },
  })
}
