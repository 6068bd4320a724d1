import { describe, expect, test } from 'vitest'
import { type InventoriedServer, groupMembers, memberIds } from './group-members'

const inventory: InventoriedServer[] = [
  { id: 'dev-db', tags: { Schedule: 'Development', Role: 'db' }, schedulable: true },
  { id: 'dev-db-replica', tags: { Schedule: 'Development', Role: 'db' }, schedulable: false },
  { id: 'i-api-1', tags: { Schedule: 'Development', Role: 'api' }, schedulable: true },
  { id: 'i-prod', tags: { Role: 'api' }, schedulable: true },
]

describe('groupMembers', () => {
  test('a tag selects the schedulable servers carrying exactly that key and value', () => {
    const members = groupMembers({ tag: { key: 'Role', value: 'db' } }, inventory)
    expect(members.servers.map((server) => server.id)).toEqual(['dev-db'])
    expect(memberIds(members)).toEqual(['dev-db'])
    expect(groupMembers({ tag: { key: 'Role', value: 'API' } }, inventory).servers).toEqual([])
  })

  test('ids select those servers, and name the ids the inventory does not know', () => {
    const members = groupMembers({ ids: ['i-new', 'i-api-1'] }, inventory)
    expect(members.servers.map((server) => server.id)).toEqual(['i-api-1'])
    expect(members.unknownIds).toEqual(['i-new'])
    expect(memberIds(members)).toEqual(['i-api-1', 'i-new'])
  })
})
