import { describe, expect, it } from 'vitest'
import { AFTER_SUCCESS, afterFailedSignIn, lockedUntil, type LockoutState } from './lockout'

const policy = { maxFailures: 3, lockMinutes: 15 }
const now = new Date('2026-12-01T10:00:00Z')

describe('lockout', () => {
  it('locks for lockMinutes at the maxFailures-th wrong password in a row, not before', () => {
    let state: LockoutState = AFTER_SUCCESS
    state = afterFailedSignIn(state, now, policy)
    state = afterFailedSignIn(state, now, policy)
    expect(state).toEqual({ failedSignIns: 2, lockedUntil: null })
    expect(lockedUntil(state, now)).toBeNull()
    state = afterFailedSignIn(state, now, policy)
    expect(state.lockedUntil).toEqual(new Date('2026-12-01T10:15:00Z'))
    expect(lockedUntil(state, new Date('2026-12-01T10:14:59Z'))).toEqual(new Date('2026-12-01T10:15:00Z'))
  })

  it('ends the lock when its time is up, with a fresh count', () => {
    const locked = { failedSignIns: 0, lockedUntil: new Date('2026-12-01T10:15:00Z') }
    expect(lockedUntil(locked, new Date('2026-12-01T10:15:00Z'))).toBeNull()
    expect(afterFailedSignIn(locked, new Date('2026-12-01T10:16:00Z'), policy)).toEqual({
      failedSignIns: 1,
      lockedUntil: null,
    })
  })
})
