// The "data may be out of date" banner: shown while the latest finished ingestion run is a failed one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getIngestionFailure } from '../../lib/server/queries/get-ingestion-failure'
import { type TestDatabase, createTestDatabase } from './helpers/test-database'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
})

afterAll(async () => {
  await database.drop()
})

// Each test writes the run history it is about.
beforeEach(async () => {
  await database.db.ingestionRun.deleteMany({})
})

async function finishedRun(
  status: 'succeeded' | 'failed' | 'running',
  finishedAt: string | null,
  error: string | null = null,
) {
  await database.db.ingestionRun.create({
    data: {
      trigger: 'schedule',
      status,
      windowFrom: new Date('2026-11-01'),
      windowTo: new Date('2026-11-20'),
      finishedAt: finishedAt ? new Date(finishedAt) : null,
      error,
    },
  })
}

describe('getIngestionFailure', () => {
  it('is null before any run, and while the latest finished run succeeded', async () => {
    expect(await getIngestionFailure(database.db)).toBeNull()
    await finishedRun('succeeded', '2026-11-20T06:00:00Z')
    expect(await getIngestionFailure(database.db)).toBeNull()
  })

  it('reports the latest failure with the last success, and ignores a run still going', async () => {
    await finishedRun('succeeded', '2026-11-20T06:00:00Z')
    await finishedRun('failed', '2026-11-21T06:00:00Z', 'Missing IAM permission ce:GetCostAndUsage')
    await finishedRun('running', null)
    expect(await getIngestionFailure(database.db)).toEqual({
      trigger: 'schedule',
      finishedAt: '2026-11-21T06:00:00.000Z',
      error: 'Missing IAM permission ce:GetCostAndUsage',
      lastSucceededAt: '2026-11-20T06:00:00.000Z',
    })
  })

  it('clears once a later run succeeds', async () => {
    await finishedRun('failed', '2026-11-21T06:00:00Z', 'Missing IAM permission ce:GetCostAndUsage')
    expect(await getIngestionFailure(database.db)).not.toBeNull()
    await finishedRun('succeeded', '2026-11-21T12:00:00Z')
    expect(await getIngestionFailure(database.db)).toBeNull()
  })
})
