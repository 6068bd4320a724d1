// Adds one Lambda function with daily metrics to a test database through the same writers and derived-cost
// rebuild the app uses, for edge cases the demo does not have (odd names, tiny estates).
import { type IsoDay, eachDay } from '../../../lib/domain/calendar'
import type { Architecture } from '../../../lib/domain/functions/function-config'
import { emptyMetrics } from '../../../lib/domain/metrics'
import type { Db } from '../../../lib/server/db/prisma'
import { refreshDerivedData } from '../../../lib/server/derived/refresh-derived-data'
import { insertChangedConfigSnapshots } from '../../../lib/server/repositories/write-config-snapshots'
import { upsertDailyMetrics } from '../../../lib/server/repositories/write-function-metrics'
import { functionKeyOf, upsertFunctions } from '../../../lib/server/repositories/write-functions'

export type AddedFunction = { id: number; arn: string }

export async function addFunction(
  db: Db,
  fn: {
    accountId: string
    region: string
    name: string
    memoryMb: number
    architecture: Architecture
    from: IsoDay
    to: IsoDay
    invocationsPerDay: number
    durationMs: number
  },
): Promise<AddedFunction> {
  const arn = `arn:aws:lambda:${fn.region}:${fn.accountId}:function:${fn.name}`
  const ids = await upsertFunctions(db, [
    {
      accountId: fn.accountId,
      region: fn.region,
      name: fn.name,
      arn,
      seenAt: new Date(`${fn.to}T23:00:00Z`),
      firstSeen: new Date(`${fn.from}T00:00:00Z`),
    },
  ])
  const id = ids.get(functionKeyOf(fn))!
  await insertChangedConfigSnapshots(db, [
    {
      functionId: id,
      validFrom: new Date(`${fn.from}T00:00:00Z`),
      memoryMb: fn.memoryMb,
      architecture: fn.architecture,
      timeoutSeconds: 30,
      runtime: 'nodejs22.x',
      packageType: 'Zip',
      ephemeralStorageMb: 512,
      maxRetryAttempts: 2,
      maxEventAgeSeconds: 21_600,
      provisionedConcurrency: 0,
      reservedConcurrency: null,
      hasFailureDestination: false,
      configHash: `test-${fn.memoryMb}-${fn.architecture}`,
    },
  ])
  await upsertDailyMetrics(
    db,
    eachDay(fn.from, fn.to).map((day) => ({
      ...emptyMetrics(),
      functionId: id,
      day,
      invocations: fn.invocationsPerDay,
      durationSumMs: fn.invocationsPerDay * fn.durationMs,
      durationAvgMs: fn.durationMs,
    })),
  )
  await refreshDerivedData(db, { from: fn.from, to: fn.to, functionIds: [id] })
  return { id, arn }
}
