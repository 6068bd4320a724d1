import { describe, expect, it } from 'vitest'
import { can, isRole, PERMISSIONS, permissionsOf, ROLES } from './permissions'

// The table of issue 16, written out by hand: a change to the matrix must change this test too.
const EXPECTED: Record<string, string[]> = {
  viewer: ['read'],
  finance: ['read', 'export', 'fx-rates:write', 'spend-budgets:write'],
  engineer: [
    'read',
    'keep-warm-budgets:write',
    'anomalies:triage',
    'alert-rules:write',
    'ingest:run',
    'imports:write',
    'schedules:write',
  ],
  admin: [...PERMISSIONS],
}

describe('permission matrix', () => {
  it.each(ROLES)('%s holds exactly its permissions', (role) => {
    expect(permissionsOf(role).sort()).toEqual([...EXPECTED[role]!].sort())
  })

  it('denies by default: no role, or an unknown one, holds nothing', () => {
    for (const permission of PERMISSIONS) {
      expect(can(null, permission)).toBe(false)
      expect(can(undefined, permission)).toBe(false)
    }
    expect(isRole('superuser')).toBe(false)
    expect(isRole('admin')).toBe(true)
  })

  it('only admins change who may do what or destroy data', () => {
    for (const permission of [
      'users:manage',
      'tokens:manage',
      'settings:write',
      'demo-data:write',
      'audit:read',
      'schedules:execute',
    ] as const) {
      expect(ROLES.filter((role) => can(role, permission))).toEqual(['admin'])
    }
  })
})
