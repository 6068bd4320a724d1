// Schedules at rest: the definition parseSchedule accepted (its defaults filled in) as JSON, and whether it
// executes. A stored definition is parsed again when read, so everything downstream plans with a valid Schedule.
import 'server-only'
import type { Schedule as StoredSchedule } from '@/generated/prisma/client'
import { type Schedule, type ScheduleDefinition } from '@/lib/domain/schedules/schedule-definition'
import { parseSchedule } from '@/lib/domain/schedules/validate-schedule'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { notFound } from '@/lib/server/http/app-error'
import type { ScheduleDto } from '@/lib/schemas/schedules'

export type LoadedSchedule = { id: number; schedule: Schedule; execute: boolean; createdAt: Date; updatedAt: Date }

/** Throws ScheduleDefinitionError (400) listing every problem; stores nothing then. */
export async function createSchedule(db: Db, definition: ScheduleDefinition): Promise<ScheduleDto> {
  const schedule = parseSchedule(definition)
  const now = clock.now()
  const row = await db.schedule.create({
    data: { name: schedule.name, definition: schedule, execute: false, createdAt: now, updatedAt: now },
  })
  return scheduleDto(loaded(row))
}

/**
 * Replaces a schedule's definition (PUT): checked whole like a new one (every problem, cycles named; nothing
 * stored then). Whether it executes and its history stay as they were.
 */
export async function replaceSchedule(db: Db, id: number, definition: ScheduleDefinition): Promise<ScheduleDto> {
  const schedule = parseSchedule(definition)
  const updated = await db.schedule.updateMany({
    where: { id },
    data: { name: schedule.name, definition: schedule, updatedAt: clock.now() },
  })
  if (updated.count === 0) throw notFound(`Schedule ${id}`)
  return scheduleDto(await loadSchedule(db, id))
}

export async function loadSchedule(db: Db, id: number): Promise<LoadedSchedule> {
  const row = await db.schedule.findUnique({ where: { id } })
  if (!row) throw notFound(`Schedule ${id}`)
  return loaded(row)
}

export async function listSchedules(db: Db): Promise<LoadedSchedule[]> {
  return (await db.schedule.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] })).map(loaded)
}

export async function setExecution(db: Db, id: number, execute: boolean): Promise<ScheduleDto> {
  const updated = await db.schedule.updateMany({ where: { id }, data: { execute, updatedAt: clock.now() } })
  if (updated.count === 0) throw notFound(`Schedule ${id}`)
  return scheduleDto(await loadSchedule(db, id))
}

function loaded(row: StoredSchedule): LoadedSchedule {
  return {
    id: row.id,
    schedule: parseSchedule(row.definition as ScheduleDefinition),
    execute: row.execute,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

export function scheduleDto({ id, schedule, execute, createdAt, updatedAt }: LoadedSchedule): ScheduleDto {
  return {
    id,
    name: schedule.name,
    timeZone: schedule.timeZone,
    periods: schedule.periods,
    holidays: schedule.holidays,
    exceptions: schedule.exceptions,
    groups: schedule.groups,
    warnMinutes: schedule.warnMinutes,
    execute,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }
}
