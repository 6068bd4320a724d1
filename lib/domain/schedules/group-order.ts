// The order in which a schedule's groups start and stop. Groups start in waves: first every group that depends
// on nothing, then every group whose dependencies are all in earlier waves, and so on (a group's wave is the
// length of its longest dependency chain). Within a wave, groups keep the order in which the schedule lists them.
// Stopping is exactly the start order reversed, so a group stops only after everything that depends on it.
import type { ScheduleGroupDefinition } from './schedule-definition'

export type DependencyProblem =
  | { code: 'unknown_group'; group: number; dependency: number; message: string }
  | { code: 'dependency_cycle'; group: number; cycle: string[]; message: string }

/** Dependencies on groups the schedule does not have, and every cycle ("db → api → db": db depends on api…). */
export function dependencyProblems(groups: readonly ScheduleGroupDefinition[]): DependencyProblem[] {
  const index = new Map(groups.map((group, position) => [group.name, position]))
  const problems: DependencyProblem[] = []
  groups.forEach((group, position) =>
    (group.dependsOn ?? []).forEach((name, dependency) => {
      if (!index.has(name)) {
        problems.push({
          code: 'unknown_group',
          group: position,
          dependency,
          message: `Group "${group.name}" depends on "${name}", which is not a group of this schedule.`,
        })
      }
    }),
  )
  // Depth-first search in the listed order; each edge back to a group still on the path closes one cycle.
  const state = new Map<number, 'on-path' | 'done'>()
  const path: number[] = []
  const visit = (position: number): void => {
    state.set(position, 'on-path')
    path.push(position)
    for (const name of groups[position]!.dependsOn ?? []) {
      const next = index.get(name)
      if (next === undefined) continue
      if (state.get(next) === 'on-path') {
        const cycle = [...path.slice(path.indexOf(next)), next].map((member) => groups[member]!.name)
        problems.push({
          code: 'dependency_cycle',
          group: next,
          cycle,
          message: `Groups depend on each other in a cycle: ${cycle.join(' → ')}. Remove one of these dependencies.`,
        })
      } else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(position, 'done')
  }
  for (let position = 0; position < groups.length; position++) if (!state.has(position)) visit(position)
  return problems
}

/** Group names in start order (see above); the groups must be free of dependency problems. */
export function startOrder(groups: readonly ScheduleGroupDefinition[]): string[] {
  const byName = new Map(groups.map((group) => [group.name, group]))
  const waves = new Map<string, number>()
  const wave = (name: string): number => {
    let known = waves.get(name)
    if (known === undefined) {
      known = Math.max(-1, ...(byName.get(name)!.dependsOn ?? []).map(wave)) + 1
      waves.set(name, known)
    }
    return known
  }
  return groups
    .map((group, position) => ({ name: group.name, wave: wave(group.name), position }))
    .sort((a, b) => a.wave - b.wave || a.position - b.position)
    .map((group) => group.name)
}
