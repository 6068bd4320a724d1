// The export pool outlives any one connection: PostgreSQL may drop an idle one (a restart, an administrator's
// pg_terminate_backend, a test database dropped WITH (FORCE)), and the server process must survive it.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pgPool } from '../../lib/server/db/pg-pool'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

let database: TestDatabase
let admin: pg.Client

beforeAll(async () => {
  database = await createTestDatabase({ empty: true })
  process.env.DATABASE_URL = database.url
  admin = new pg.Client({ connectionString: database.url })
  await admin.connect()
})

afterAll(async () => {
  await admin?.end()
  await pgPool().end()
  await database?.drop()
})

describe('export pool', () => {
  it('discards an idle connection the server terminates, and the next query reconnects', async () => {
    const first = await pgPool().query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
    const pid = first.rows[0]!.pid
    // The connection now sits idle in the pool; end it from the server side, as a restart would.
    // The pool then drops the client and emits 'error': without the pool's own listener that is thrown as an
    // uncaught exception, which fails this run (and would end the server).
    await admin.query('SELECT pg_terminate_backend($1)', [pid])
    await expect.poll(() => pgPool().totalCount, { timeout: 10_000 }).toBe(0)
    const next = await pgPool().query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
    expect(next.rows[0]!.pid).not.toBe(pid)
  })
})
