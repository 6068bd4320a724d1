// "Not tonight, we are working late": a stop warning carries a link that extends that date's stop. The link holds
// the schedule and the date, signed with the server's secret key (HMAC-SHA256, its own purpose), so it cannot be
// pointed at another schedule or date, and it expires at noon the day after. Following it still needs a caller
// allowed to change schedules.
import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { addDaysTo, type IsoDay, isSupportedDay } from '@/lib/domain/calendar'
import { extendStop, type NewStop, plannedStop } from '@/lib/domain/schedules/extend-stop'
import { zonedInstant, zonedIso } from '@/lib/domain/time-zone/zoned-time'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { AppError } from '@/lib/server/http/app-error'
import { secretKey } from '@/lib/server/secrets/secret-key'
import { scheduleCalendar } from './schedule-plan'
import { loadSchedule } from './schedule-store'

const PURPOSE = 'schedule-extend-link'
const NOON = 12 * 60

type LinkClaims = { schedule: number; date: IsoDay }

function mac(payload: string): Buffer {
  return createHmac('sha256', secretKey()).update(`${PURPOSE}\n${payload}`).digest()
}

/** The page a warning links to, for the schedule's `date` (its local date). */
export async function extendLink(db: Db, id: number, date: IsoDay): Promise<{ path: string; expiresAt: string }> {
  const { schedule } = await loadSchedule(db, id)
  const payload = Buffer.from(JSON.stringify({ schedule: id, date } satisfies LinkClaims)).toString('base64url')
  const token = `${payload}.${mac(payload).toString('base64url')}`
  return {
    path: `/schedules/extend?token=${token}`,
    expiresAt: zonedIso(expiry(date, schedule.timeZone), schedule.timeZone),
  }
}

function expiry(date: IsoDay, timeZone: string): number {
  return zonedInstant(addDaysTo(date, 1), NOON, timeZone)
}

const invalid = () =>
  new AppError('forbidden', 'This extension link is not valid: it was changed, or signed by another server.')

/** The schedule and date a link names, once its signature and expiry are checked. */
export async function readExtendLink(db: Db, token: string) {
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) throw invalid()
  const expected = mac(payload)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid()
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LinkClaims
  if (!Number.isInteger(claims.schedule) || !isSupportedDay(claims.date)) throw invalid()
  const loaded = await loadSchedule(db, claims.schedule)
  if (clock.now().getTime() > expiry(claims.date, loaded.schedule.timeZone))
    throw new AppError('forbidden', `This extension link for ${claims.date} has expired.`)
  const stop = plannedStop(loaded.schedule, claims.date, scheduleCalendar(loaded.schedule))
  return { ...loaded, date: claims.date, plannedStop: stop === null ? null : zonedIso(stop, loaded.schedule.timeZone) }
}

/** Moves the link's date's stop later (ExtendStopError, a 400, for anything else) and stores the schedule. */
export async function extendFromLink(db: Db, token: string, newStop: NewStop) {
  const link = await readExtendLink(db, token)
  const { exception, schedule } = extendStop(link.schedule, link.date, newStop, scheduleCalendar(link.schedule))
  await db.schedule.update({ where: { id: link.id }, data: { definition: schedule, updatedAt: clock.now() } })
  const stop = plannedStop(schedule, link.date, scheduleCalendar(schedule))!
  return {
    scheduleId: link.id,
    name: schedule.name,
    date: link.date,
    exception,
    previousStop: link.plannedStop,
    stop: zonedIso(stop, schedule.timeZone),
  }
}
