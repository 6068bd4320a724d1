// Who may do what: the one permission matrix. Every page, route handler and server action declares the one
// permission it needs, and this table is the only place that says which roles hold it. Deny by default: a
// permission no role lists is held by none, and a caller without a role holds nothing.

export const ROLES = ['viewer', 'finance', 'engineer', 'admin'] as const
export type Role = (typeof ROLES)[number]

/**
 * Each permission with the roles that hold it. Finance and engineer are siblings, not a ladder: finance may
 * export and set exchange rates and spend budgets; engineers operate (keep-warm budgets, anomalies, alerts,
 * ingestion, imports, schedules). Admins hold everything, including what changes who may do what.
 */
const MATRIX = {
  /** Every dashboard page and read API, and the simulator (it computes, it stores nothing). */
  read: ['viewer', 'finance', 'engineer', 'admin'],
  /** CSV downloads (each one is written to the audit log). */
  export: ['finance', 'admin'],
  'fx-rates:write': ['finance', 'admin'],
  'spend-budgets:write': ['finance', 'admin'],
  'keep-warm-budgets:write': ['engineer', 'admin'],
  /** Acknowledge or mute an anomaly. */
  'anomalies:triage': ['engineer', 'admin'],
  'alert-rules:write': ['engineer', 'admin'],
  /** Start an ingestion run (it spends money on Cost Explorer calls). */
  'ingest:run': ['engineer', 'admin'],
  'imports:write': ['engineer', 'admin'],
  'schedules:write': ['engineer', 'admin'],
  /** Turn a schedule from dry-run to really starting and stopping servers. */
  'schedules:execute': ['admin'],
  'teams:write': ['admin'],
  'settings:write': ['admin'],
  'demo-data:write': ['admin'],
  'users:manage': ['admin'],
  'tokens:manage': ['admin'],
  'audit:read': ['admin'],
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof MATRIX
export const PERMISSIONS = Object.keys(MATRIX) as Permission[]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** Whether a role holds a permission; no role (signed out, disabled) holds none. */
export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false
  return (MATRIX[permission] as readonly Role[]).includes(role)
}

/** The roles that hold a permission, for documentation (the OpenAPI document says who may call each route). */
export function rolesHolding(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission))
}

/** The permissions a role holds, for a page that shows a user what they may do. */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => can(role, permission))
}
