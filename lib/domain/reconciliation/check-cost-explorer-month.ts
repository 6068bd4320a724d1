// Before a month of Cost Explorer lines replaces what is stored, its lines must add up to Cost Explorer's own
// total for the month (the account × record type query made at the start of every run, at no extra cost). A
// group missing from the daily answers, or a restatement between the two queries, shows up here instead of
// silently replacing good data with incomplete data. Amounts are compared exactly, allowing only the rounding
// of each amount to 10 decimals (half a unit of the 10th decimal per amount summed).
import { type Decimal, ZERO, toDecimal } from '@/lib/domain/money'

export type MonthTotal = { accountId: string; recordType: string; unblendedCost: string }
export type MonthLine = { accountId: string; recordType: string; unblendedCost: string }

export type CostTotalMismatch = {
  accountId: string
  recordType: string
  reportedUsd: Decimal
  summedUsd: Decimal
  differenceUsd: Decimal
}

const ROUNDING_PER_AMOUNT = toDecimal('0.00000000005')

/** Every (account, record type) of the month whose lines do not add up to Cost Explorer's total, in key order. */
export function checkCostExplorerMonth(
  totals: readonly MonthTotal[],
  lines: readonly MonthLine[],
): CostTotalMismatch[] {
  const groups = new Map<
    string,
    { accountId: string; recordType: string; reported: Decimal; summed: Decimal; amounts: number }
  >()
  const group = (accountId: string, recordType: string) => {
    const key = `${accountId}\u0000${recordType}`
    let found = groups.get(key)
    if (!found) groups.set(key, (found = { accountId, recordType, reported: ZERO, summed: ZERO, amounts: 0 }))
    return found
  }
  for (const total of totals) {
    const entry = group(total.accountId, total.recordType)
    entry.reported = entry.reported.plus(total.unblendedCost)
    entry.amounts++
  }
  for (const line of lines) {
    const entry = group(line.accountId, line.recordType)
    entry.summed = entry.summed.plus(line.unblendedCost)
    entry.amounts++
  }
  const mismatches: CostTotalMismatch[] = []
  for (const entry of [...groups.values()].sort(
    (a, b) => a.accountId.localeCompare(b.accountId) || a.recordType.localeCompare(b.recordType),
  )) {
    const difference = entry.summed.minus(entry.reported)
    if (difference.abs().lte(ROUNDING_PER_AMOUNT.times(entry.amounts))) continue
    mismatches.push({
      accountId: entry.accountId,
      recordType: entry.recordType,
      reportedUsd: entry.reported,
      summedUsd: entry.summed,
      differenceUsd: difference,
    })
  }
  return mismatches
}
