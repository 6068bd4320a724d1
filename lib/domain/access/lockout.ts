// Password sign-in lockout: after `maxFailures` wrong passwords in a row an account is locked for `lockMinutes`,
// whatever password is tried meanwhile (a locked account's password is not even checked, so guessing learns
// nothing). A success clears the count; a lock that ran out leaves a fresh count.

export type LockoutPolicy = { maxFailures: number; lockMinutes: number }
export type LockoutState = { failedSignIns: number; lockedUntil: Date | null }

export function lockedUntil(state: LockoutState, now: Date): Date | null {
  return state.lockedUntil && state.lockedUntil.getTime() > now.getTime() ? state.lockedUntil : null
}

/** The state after one more wrong password. */
export function afterFailedSignIn(state: LockoutState, now: Date, policy: LockoutPolicy): LockoutState {
  const failures = state.failedSignIns + 1
  if (failures < policy.maxFailures) return { failedSignIns: failures, lockedUntil: null }
  return { failedSignIns: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) }
}

export const AFTER_SUCCESS: LockoutState = { failedSignIns: 0, lockedUntil: null }
