import { describe, expect, it } from 'vitest'
import { claimValues, effectiveRole, parseRoleMap, roleFromClaims, type SsoRolePolicy } from './role-assignment'

const policy: SsoRolePolicy = {
  adminEmails: ['boss@example.com'],
  roleClaim: 'groups',
  roleMap: parseRoleMap('finops-admins:admin, finops-eng:engineer,finops-money:finance'),
  defaultRole: 'viewer',
}

describe('role map', () => {
  it('reads value:role pairs in order, splitting at the last colon (claim values may hold colons)', () => {
    expect(parseRoleMap('a:admin,b:engineer')).toEqual([
      { value: 'a', role: 'admin' },
      { value: 'b', role: 'engineer' },
    ])
    expect(parseRoleMap('urn:group:ops:engineer')).toEqual([{ value: 'urn:group:ops', role: 'engineer' }])
    expect(parseRoleMap(' , ')).toEqual([])
  })

  it.each(['admins', ':admin', 'admins:root', 'admins:'])('refuses %j naming the entry', (text) => {
    expect(() => parseRoleMap(text)).toThrow(/is not/)
  })
})

describe('claims', () => {
  it('reads a claim as a string, a list, or by a dotted path; anything else holds nothing', () => {
    expect(claimValues({ groups: ['a', 'b', 3] }, 'groups')).toEqual(['a', 'b'])
    expect(claimValues({ groups: 'a' }, 'groups')).toEqual(['a'])
    expect(claimValues({ realm_access: { roles: ['x'] } }, 'realm_access.roles')).toEqual(['x'])
    expect(claimValues({ groups: { a: 1 } }, 'groups')).toEqual([])
    expect(claimValues({}, 'realm_access.roles')).toEqual([])
  })
})

describe('an SSO user’s role', () => {
  const user = { email: 'dev@example.com', currentRole: 'viewer', isNew: false }

  it('is the first entry of the map the claim holds, in the map’s order', () => {
    expect(roleFromClaims(user, { groups: ['finops-eng'] }, policy)).toBe('engineer')
    expect(roleFromClaims(user, { groups: ['finops-money', 'finops-eng'] }, policy)).toBe('engineer')
    expect(roleFromClaims(user, { groups: ['finops-admins', 'finops-eng'] }, policy)).toBe('admin')
  })

  it('falls back to the default role, which may be none', () => {
    expect(roleFromClaims(user, { groups: ['sales'] }, policy)).toBe('viewer')
    expect(roleFromClaims(user, {}, { ...policy, defaultRole: null })).toBeNull()
  })

  it('follows the claim both ways: a user removed from the group loses the role at the next sign-in', () => {
    expect(roleFromClaims({ ...user, currentRole: 'admin' }, { groups: [] }, policy)).toBe('viewer')
  })

  it('is admin for an admin address whatever the claims say (case-insensitive)', () => {
    expect(
      roleFromClaims({ ...user, email: 'Boss@Example.com' }, { groups: [] }, { ...policy, defaultRole: null }),
    ).toBe('admin')
  })

  it('without a role claim: new users get the default, returning users keep the role an admin gave them', () => {
    const noClaim = { ...policy, roleClaim: undefined }
    expect(roleFromClaims({ ...user, isNew: true }, { groups: ['finops-admins'] }, noClaim)).toBe('viewer')
    expect(roleFromClaims({ ...user, currentRole: 'finance' }, {}, noClaim)).toBe('finance')
  })
})

describe('effective role', () => {
  it('is admin for an admin address, the stored role otherwise, and none for anything that is not a role', () => {
    expect(effectiveRole({ email: 'boss@example.com', role: 'viewer' }, ['boss@example.com'])).toBe('admin')
    expect(effectiveRole({ email: 'dev@example.com', role: 'engineer' }, ['boss@example.com'])).toBe('engineer')
    expect(effectiveRole({ email: 'dev@example.com', role: null }, [])).toBeNull()
    expect(effectiveRole({ email: 'dev@example.com', role: 'root' }, [])).toBeNull()
  })
})
