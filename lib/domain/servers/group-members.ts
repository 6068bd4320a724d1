// Which inventoried servers a schedule's group selects: by tag, every schedulable server carrying it (a read
// replica tagged like its source is listed in the inventory, never started or stopped); by ids, the servers with
// those AWS ids, and the ids the inventory does not know (yet), which the plan still names and a run reports.
import type { GroupSelector } from '../schedules/schedule-definition'

export type InventoriedServer = { id: string; tags: Record<string, string>; schedulable: boolean }

export type GroupMembers<S> = { servers: S[]; unknownIds: string[] }

export function groupMembers<S extends InventoriedServer>(
  select: GroupSelector,
  servers: readonly S[],
): GroupMembers<S> {
  if ('tag' in select) {
    const { key, value } = select.tag
    return { servers: servers.filter((server) => server.schedulable && server.tags[key] === value), unknownIds: [] }
  }
  return {
    servers: servers.filter((server) => select.ids.includes(server.id)),
    unknownIds: select.ids.filter((id) => !servers.some((server) => server.id === id)),
  }
}

/** The AWS ids a group's actions name, in the inventory's order then the unknown ids as listed. */
export function memberIds(members: GroupMembers<InventoriedServer>): string[] {
  return [...new Set([...members.servers.map((server) => server.id), ...members.unknownIds])]
}
