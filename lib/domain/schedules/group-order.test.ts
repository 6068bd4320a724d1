import { describe, expect, it } from 'vitest'
import { dependencyProblems, startOrder } from './group-order'
import type { ScheduleGroupDefinition } from './schedule-definition'

const group = (name: string, dependsOn: string[] = []): ScheduleGroupDefinition => ({
  name,
  select: { tag: { key: 'Schedule', value: name } },
  dependsOn,
})

describe('start order', () => {
  it('starts what depends on nothing first, then each wave, keeping the listed order within a wave', () => {
    // The field report's chain, listed out of order: batch needs api, api needs the database and the cache.
    const groups = [group('batch', ['api']), group('api', ['db', 'cache']), group('cache'), group('db')]
    expect(startOrder(groups)).toEqual(['cache', 'db', 'api', 'batch'])
  })

  it('a group without dependencies starts in the first wave even if listed after a dependent', () => {
    expect(startOrder([group('db'), group('api', ['db']), group('web')])).toEqual(['db', 'web', 'api'])
  })

  it('a group waits for its longest chain: a diamond', () => {
    const groups = [group('report', ['api', 'db']), group('api', ['db']), group('db')]
    expect(startOrder(groups)).toEqual(['db', 'api', 'report'])
  })
})

describe('dependency problems', () => {
  it('none for a sound chain', () => {
    expect(dependencyProblems([group('db'), group('api', ['db'])])).toEqual([])
  })

  it('names the cycle in the direction of the dependencies', () => {
    const problems = dependencyProblems([group('db', ['api']), group('api', ['db'])])
    expect(problems).toEqual([expect.objectContaining({ code: 'dependency_cycle', cycle: ['db', 'api', 'db'] })])
    expect(problems[0]!.message).toContain('db → api → db')
  })

  it('finds a longer cycle, a group depending on itself, and each separate cycle', () => {
    const problems = dependencyProblems([
      group('web', ['api']),
      group('api', ['batch']),
      group('batch', ['web']),
      group('db', ['db']),
    ])
    expect(problems.map((problem) => problem.code === 'dependency_cycle' && problem.cycle.join(' → '))).toEqual([
      'web → api → batch → web',
      'db → db',
    ])
  })

  it('names a dependency on a group that does not exist', () => {
    expect(dependencyProblems([group('db'), group('api', ['db', 'database'])])).toEqual([
      {
        code: 'unknown_group',
        group: 1,
        dependency: 1,
        message: 'Group "api" depends on "database", which is not a group of this schedule.',
      },
    ])
  })
})
