// Which schedules start and stop a server: every schedule with a group that selects it (group-members.ts), by
// the group's name. A server two schedules select is listed under both, so a conflict is visible.
import type { GroupSelector } from '../schedules/schedule-definition'
import { groupMembers, type InventoriedServer } from './group-members'

export type ScheduleGroups = { id: number; name: string; groups: { name: string; select: GroupSelector }[] }
export type ServerSchedule = { id: number; name: string; group: string }

export function schedulesOfServers<S extends InventoriedServer>(
  servers: readonly S[],
  schedules: readonly ScheduleGroups[],
): Map<S, ServerSchedule[]> {
  const found = new Map<S, ServerSchedule[]>(servers.map((server) => [server, []]))
  for (const schedule of schedules) {
    for (const group of schedule.groups) {
      for (const server of groupMembers(group.select, servers).servers)
        found.get(server)!.push({ id: schedule.id, name: schedule.name, group: group.name })
    }
  }
  return found
}
