import { describe, expect, it } from 'vitest'
import { schedulesOfServers } from './server-schedules'

const server = (id: string, tags: Record<string, string>, schedulable = true) => ({ id, tags, schedulable })

describe('schedulesOfServers', () => {
  it('names each schedule and group that selects a server, by tag or by id, and none for the rest', () => {
    const api = server('i-api', { Tier: 'api' })
    const db = server('dev-postgres', {})
    const replica = server('dev-postgres-replica', { Tier: 'api' }, false)
    const other = server('i-other', {})
    const found = schedulesOfServers(
      [api, db, replica, other],
      [
        {
          id: 1,
          name: 'Development',
          groups: [
            { name: 'db', select: { ids: ['dev-postgres'] } },
            { name: 'api', select: { tag: { key: 'Tier', value: 'api' } } },
          ],
        },
        { id: 2, name: 'Nightly', groups: [{ name: 'all', select: { ids: ['i-api'] } }] },
      ],
    )
    expect(found.get(api)).toEqual([
      { id: 1, name: 'Development', group: 'api' },
      { id: 2, name: 'Nightly', group: 'all' },
    ])
    expect(found.get(db)).toEqual([{ id: 1, name: 'Development', group: 'db' }])
    // A tag selects only schedulable servers: the replica carries it but is never started or stopped.
    expect(found.get(replica)).toEqual([])
    expect(found.get(other)).toEqual([])
  })
})
