// Reconciliation on the demo data: its Cost Explorer lines are the per-function usage at list price minus the
// free tier, so every month of every account must be explained exactly, to the last stored decimal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toDecimal } from '../../lib/domain/money'
import { reconciliationResponse } from '../../lib/schemas/reconciliation'
import { loadDemoData } from '../../lib/server/demo/load-demo-data'
import { getReconciliation } from '../../lib/server/queries/get-reconciliation'
import { createTestDatabase, type TestDatabase } from './helpers/test-database'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemoData(database.db, { today: '2026-11-22' })
})

afterAll(async () => {
  await database?.drop()
})

describe('reconciliation on the demo data', () => {
  it('explains the difference between billed Lambda and the estimates entirely by the free tier, every month and account', async () => {
    const result = await getReconciliation(database.db, {})
    expect(reconciliationResponse.parse(result)).toEqual(result)
    expect(result).toMatchObject({ from: '2025-11', to: '2026-11' })
    expect(result.rows).toHaveLength(26)
    for (const row of result.rows) {
      const label = `${row.month} ${row.accountName}`
      expect(toDecimal(row.unexplainedUsd).isZero(), `${label}: ${row.unexplainedUsd} unexplained`).toBe(true)
      const freeTier = row.explanations.find((e) => e.kind === 'free_tier')
      expect(freeTier, label).toBeDefined()
      expect(toDecimal(freeTier!.usd).isNegative()).toBe(true)
      // Anything besides the free tier is the rounding of stored amounts, far below a cent.
      for (const other of row.explanations.filter((e) => e.kind !== 'free_tier')) {
        expect(other.kind).toBe('rounding')
        expect(toDecimal(other.usd).abs().lessThan('0.000001')).toBe(true)
      }
      expect(toDecimal(row.differenceUsd).minus(freeTier!.usd).abs().lessThan('0.000001')).toBe(true)
    }
    const production = result.rows.find((row) => row.month === '2026-10' && row.accountId === '123456789012')!
    expect(production.accountName).toBeTruthy()
    expect(toDecimal(production.billedUsd).greaterThan(300)).toBe(true)
  })

  it('answers for a chosen range of months, most recent first', async () => {
    const result = await getReconciliation(database.db, { from: '2026-09', to: '2026-10' })
    expect(result.rows.map((row) => row.month)).toEqual(['2026-10', '2026-10', '2026-09', '2026-09'])
  })
})
