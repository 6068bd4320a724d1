import { describe, expect, it } from 'vitest'
import type { Caller } from '@/lib/server/auth/caller'
import { AppError } from '@/lib/server/http/app-error'
import { authorize } from './authorize'

const user = (role: Caller['role']): Caller => ({ kind: 'user', id: 'u1', email: 'dev@example.com', name: 'Dev', role })

function refusal(run: () => unknown): { code: string; status: number } | null {
  try {
    run()
    return null
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return { code: error.code, status: error.status }
  }
}

describe('authorize', () => {
  it('answers 401 when nobody is calling a route that needs a permission', () => {
    expect(refusal(() => authorize(null, { permission: 'read' }))).toEqual({ code: 'unauthorized', status: 401 })
  })

  it('answers 403 for a role without the permission, and lets a role with it through', () => {
    expect(refusal(() => authorize(user('viewer'), { permission: 'alert-rules:write' }))).toEqual({
      code: 'forbidden',
      status: 403,
    })
    expect(refusal(() => authorize(user('finance'), { permission: 'ingest:run' }))).toEqual({
      code: 'forbidden',
      status: 403,
    })
    expect(authorize(user('engineer'), { permission: 'ingest:run' })).toEqual(user('engineer'))
    expect(
      authorize(
        { kind: 'token', id: 3, name: 'ci', prefix: 'finops_abcdefgh', role: 'finance' },
        { permission: 'export' },
      ),
    ).toMatchObject({ kind: 'token' })
  })

  it('asks nothing of the caller of a public route', () => {
    expect(authorize(null, { public: true })).toBeNull()
  })
})
