// The audit log's one writer: every write made through the API (by route(), after the handler succeeded), every
// sign-in and failed sign-in, every export download, and what the shell commands change. The table refuses
// UPDATE and DELETE, so what is written here stays.
import 'server-only'
import type { Db } from '@/lib/server/db/prisma'

/** Who did it: a signed-in user, an API token, the shell (npm run users/token), or nobody known (a failed sign-in). */
export type AuditActor = { type: 'user' | 'token' | 'cli' | 'anonymous'; id: string | null; label: string }

export type AuditEntry = {
  actor: AuditActor
  /** What happened, e.g. `alert-rule.update`, `sign-in.failed`, `export.costs-csv`. */
  action: string
  /** What it was done to, e.g. `alert rule 7`, `user dev@example.com`. */
  target?: string | null
  /** Whatever says more: the values before and after for settings, rules and budgets; never a secret. */
  details?: unknown
}

/**
 * What a write changed, as the code that made it says it: the action, the object, and its values before and after
 * (null before a creation, null after a removal). Server functions return it; whoever called them records it with
 * the actor (route() for the API, the shell commands for the shell), so one change is one entry.
 */
export type AuditChange = { action: string; target: string; before?: unknown; after?: unknown; details?: object }

export const CLI_ACTOR: AuditActor = { type: 'cli', id: null, label: 'cli' }

/** A change made by `actor` (the shell's commands record what they changed this way). */
export async function recordChange(db: Db, actor: AuditActor, change: AuditChange): Promise<void> {
  await recordAudit(db, {
    actor,
    action: change.action,
    target: change.target,
    details: { ...change.details, before: change.before ?? null, after: change.after ?? null },
  })
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      actor: entry.actor.label,
      action: entry.action,
      target: entry.target ?? null,
      // Decimals, dates and the like as the API shows them (their JSON form).
      details: entry.details === undefined ? {} : JSON.parse(JSON.stringify(entry.details)),
    },
  })
}
