// The transaction helpers that the ingestion and the cost file import write through on a plain pg connection.
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { inTransaction, sqlOn } from '../../lib/server/db/pg-transaction'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

let database: TestDatabase
let client: pg.Client

beforeAll(async () => {
  database = await createTestDatabase({ empty: true })
  client = new pg.Client({ connectionString: database.url })
  await client.connect()
  await client.query('CREATE TABLE note (id int PRIMARY KEY, body text)')
})

afterAll(async () => {
  await client?.end()
  await database?.drop()
})

// Each test starts from an empty table.
beforeEach(async () => {
  await client.query('TRUNCATE note')
})

const twoNotes = () => client.query("INSERT INTO note (id, body) VALUES (1, 'a'), (2, 'b')")
const notes = async () =>
  (await client.query<{ id: number; body: string }>('SELECT id, body FROM note ORDER BY id')).rows

describe('inTransaction with sqlOn', () => {
  it('commits what the repositories wrote through sqlOn, and returns the work result', async () => {
    const sql = sqlOn(client)
    const written = await inTransaction(client, async () => {
      const count = await sql.$executeRawUnsafe(
        'INSERT INTO note (id, body) SELECT * FROM unnest($1::int[], $2::text[])',
        [1, 2],
        ['a', 'b'],
      )
      return { count, read: await sql.$queryRawUnsafe<{ body: string }[]>('SELECT body FROM note WHERE id = $1', 2) }
    })
    expect(written).toEqual({ count: 2, read: [{ body: 'b' }] })
    expect(await notes()).toEqual([
      { id: 1, body: 'a' },
      { id: 2, body: 'b' },
    ])
  })

  it('rolls back everything when the work throws, and rethrows that same error', async () => {
    await twoNotes()
    const failure = new Error('stop here')
    await expect(
      inTransaction(client, async () => {
        await sqlOn(client).$executeRawUnsafe('DELETE FROM note')
        await client.query('INSERT INTO note (id, body) VALUES (3, $1)', ['c'])
        throw failure
      }),
    ).rejects.toBe(failure)
    expect(await notes()).toEqual([
      { id: 1, body: 'a' },
      { id: 2, body: 'b' },
    ])
  })

  it('rolls back when a statement fails inside it, with the database error', async () => {
    await twoNotes()
    await expect(
      inTransaction(client, () =>
        sqlOn(client).$executeRawUnsafe('INSERT INTO note (id, body) VALUES (1, $1)', 'duplicate'),
      ),
    ).rejects.toMatchObject({ code: '23505' })
    await expect(
      inTransaction(client, () => sqlOn(client).$executeRawUnsafe('INSERT INTO note (id, body) VALUES (4, $1)', 'd')),
    ).resolves.toBe(1)
    expect((await notes()).map((note) => note.id)).toEqual([1, 2, 4])
  })
})
