// GET /api/schedules/{id}/savings: what a schedule is expected to save in a month. The hours its servers are off
// by the plan (lib/domain/schedules/hours-off.ts) × each server's hourly price (lib/domain/pricing), for the
// servers its groups select now; a server two groups select counts once, under the first.
import 'server-only'
import type { IsoMonth } from '@/lib/domain/calendar'
import { expectedSavings } from '@/lib/domain/pricing/schedule-savings'
import { hoursOffInMonth } from '@/lib/domain/schedules/hours-off'
import type { ServerKind } from '@/lib/domain/servers/schedulable'
import { groupMembers } from '@/lib/domain/servers/group-members'
import type { Db } from '@/lib/server/db/prisma'
import { auroraMemberClasses } from '@/lib/server/queries/list-servers'
import type { ScheduleSavingsResponse } from '@/lib/schemas/schedules'
import { inventoriedServers, scheduleCalendar } from './schedule-plan'
import { loadSchedule } from './schedule-store'

export async function scheduleSavings(db: Db, id: number, month: IsoMonth): Promise<ScheduleSavingsResponse> {
  const { schedule } = await loadSchedule(db, id)
  const hours = hoursOffInMonth(schedule, month, scheduleCalendar(schedule))
  const inventory = await inventoriedServers(db)
  const memberClasses = await auroraMemberClasses(
    db,
    inventory.filter((server) => server.kind === 'aurora'),
  )
  const counted = new Set<number>()
  const scheduled = schedule.groups.flatMap((group) =>
    groupMembers(group.select, inventory).servers.flatMap((server) => {
      if (counted.has(server.serverId)) return []
      counted.add(server.serverId)
      const kind = server.kind as ServerKind
      return [
        {
          id: server.id,
          group: group.name,
          kind,
          region: server.region,
          type: server.type,
          engine: server.engine,
          memberClasses: memberClasses.get(`${server.accountId}/${server.region}/${server.resourceId}`),
        },
      ]
    }),
  )
  const savings = expectedSavings(hours.hoursOff, scheduled)
  return { month, hoursInMonth: hours.hoursInMonth.toFixed(), hoursRunning: hours.hoursRunning.toFixed(), ...savings }
}
