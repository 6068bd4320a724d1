// Incidents are stored so that who acknowledged or muted them, and which alert rules were told, survive
// re-detection. Every detection run regroups; this decides which stored incident each new group continues:
// the one its root cause belonged to, else the oldest of its detections' incidents. A group with none is a new
// incident; one split off an incident that another group continues is new too, keeping the old one's status.
// Incidents merged into another hand it their alerts; the caller then removes every incident left without detections.

export type GroupToAssign = { rootId: number; memberIds: number[] }

export type IncidentAssignment = {
  memberIds: number[]
  /** The stored incident this group continues, or null for a new one. */
  incidentId: number | null
  /** For a new incident split off a stored one: that incident, whose status (who set it, why) and detection time it keeps. */
  inheritsFrom: number | null
  /** Stored incidents that merge into this one: their alert deliveries move here, then they are removed. */
  absorbs: number[]
}

/** `current`: each stored detection's incident (null when just detected). */
export function assignIncidentIds(
  groups: readonly GroupToAssign[],
  current: ReadonlyMap<number, number | null>,
): IncidentAssignment[] {
  const candidatesOf = (group: GroupToAssign) =>
    [...new Set(group.memberIds.map((id) => current.get(id) ?? null).filter((id): id is number => id !== null))].sort(
      (a, b) => a - b,
    )
  const continued = new Set<number>()
  const chosen = groups.map((group) => {
    const root = current.get(group.rootId) ?? null
    const choice = [root, ...candidatesOf(group)].find((id): id is number => id !== null && !continued.has(id)) ?? null
    if (choice !== null) continued.add(choice)
    return choice
  })
  const absorbed = new Set<number>()
  return groups.map((group, index): IncidentAssignment => {
    const incidentId = chosen[index]!
    const candidates = candidatesOf(group)
    const absorbs = incidentId === null ? [] : candidates.filter((id) => !continued.has(id) && !absorbed.has(id))
    for (const id of absorbs) absorbed.add(id)
    return {
      memberIds: [...group.memberIds],
      incidentId,
      inheritsFrom: incidentId === null ? (current.get(group.rootId) ?? candidates[0] ?? null) : null,
      absorbs,
    }
  })
}
