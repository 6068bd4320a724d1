// What a worker tick (or `run-due --now T`) performs: the planned actions due in the window that ends at `now`,
// `now` included and the window's start excluded, so consecutive ticks `windowMinutes` apart take each action
// once. The caller still records what it has done: at most once per action is the server's job.
import type { Plan, PlannedAction } from './plan-actions'

const MINUTE = 60_000
const MAX_WINDOW_MINUTES = 24 * 60

/** Actions with `now - windowMinutes < at <= now`, in plan (execution) order. */
export function dueActions(plan: Plan, now: Date, windowMinutes = 5): PlannedAction[] {
  if (!Number.isInteger(windowMinutes) || windowMinutes < 1 || windowMinutes > MAX_WINDOW_MINUTES) {
    throw new RangeError(`windowMinutes must be a whole number from 1 to ${MAX_WINDOW_MINUTES}, got ${windowMinutes}`)
  }
  const end = now.getTime()
  return plan.actions.filter((action) => {
    const at = Date.parse(action.at)
    return at > end - windowMinutes * MINUTE && at <= end
  })
}
