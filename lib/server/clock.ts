// The server's one clock: whatever needs "now" or "today" (default ranges, run and alert timestamps, the demo
// dataset's last day) asks here, never `new Date()` (ESLint enforces it), so that FINOPS_NOW can pin time for
// tests, the e2e server and demos. Pinned, the clock reads FINOPS_NOW when the process starts and runs at
// normal speed from there (leases, back-off and heartbeats still see time pass); a process started by another
// gets the parent's current time (clockEnvironment), so their clocks agree. Domain code takes dates as
// arguments and never asks.
import 'server-only'
import { performance } from 'node:perf_hooks'
import { type IsoDay, dateToDay } from '@/lib/domain/calendar'
import { pinnedNow } from '@/lib/env'

export const clock = {
  now(): Date {
    const pinned = pinnedNow()
    // eslint-disable-next-line no-restricted-syntax -- the one place that reads the wall clock
    return pinned ? new Date(pinned.getTime() + performance.now()) : new Date()
  },
  /** Today's UTC calendar day. */
  today(): IsoDay {
    return dateToDay(clock.now())
  },
}

/** For the environment of a child process: its clock goes on from this one's (nothing when not pinned). */
export function clockEnvironment(): { FINOPS_NOW?: string } {
  return pinnedNow() ? { FINOPS_NOW: clock.now().toISOString() } : {}
}
