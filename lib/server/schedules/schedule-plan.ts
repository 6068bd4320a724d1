// GET /api/schedules/{id}/plan: the schedule's planned actions between two local dates, each with the AWS ids of
// its group's servers as the inventory knows them now. PlanRangeError (a bad or too long range) is a 400.
import 'server-only'
import { holidayCalendar } from '@/lib/domain/holidays/holiday-calendar'
import type { IsoDay } from '@/lib/domain/calendar'
import { planActions } from '@/lib/domain/schedules/plan-actions'
import type { Schedule } from '@/lib/domain/schedules/schedule-definition'
import { groupMembers, memberIds } from '@/lib/domain/servers/group-members'
import type { Db } from '@/lib/server/db/prisma'
import type { z } from 'zod'
import type { schedulePlanResponse } from '@/lib/schemas/schedules'
import { loadSchedule } from './schedule-store'

export async function schedulePlan(
  db: Db,
  id: number,
  range: { from: IsoDay; to: IsoDay },
): Promise<z.output<typeof schedulePlanResponse>> {
  const { schedule } = await loadSchedule(db, id)
  const plan = planActions(schedule, { ...range, calendar: scheduleCalendar(schedule) })
  const inventory = await inventoriedServers(db)
  const idsByGroup = new Map(
    schedule.groups.map((group) => [group.name, memberIds(groupMembers(group.select, inventory))]),
  )
  return {
    actions: plan.actions.map((action) => ({
      at: action.at,
      group: action.group,
      resourceIds: idsByGroup.get(action.group)!,
      action: action.action,
    })),
    unknownDays: plan.unknownDays,
  }
}

/** The public holidays a schedule skips (none: a calendar that has none). */
export function scheduleCalendar(schedule: Schedule) {
  return holidayCalendar(schedule.holidays ?? 'none')
}

/** Servers still listed by AWS, as the group selectors read them. */
export async function inventoriedServers(db: Db) {
  const rows = await db.server.findMany({
    where: { deletedAt: null },
    orderBy: [{ accountId: 'asc' }, { region: 'asc' }, { resourceId: 'asc' }],
  })
  return rows.map((row) => ({ ...row, id: row.resourceId, serverId: row.id, tags: row.tags as Record<string, string> }))
}
