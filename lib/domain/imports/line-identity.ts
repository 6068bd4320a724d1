// How an export identifies its lines, so that a line met again (in another part of the same export, in the whole
// file after its parts, in the same file again) replaces the stored one instead of being added twice. CUR 2.0
// names each line: identity_line_item_id with identity_time_interval. FOCUS has no line id, so a line is its
// whole row: every non-empty cell with its column's name, in name order (independent of the column order, and of
// columns that are empty throughout, as exports with more columns write them). A CUR row without its id is
// identified by its whole row too.
import type { CostFileFormat } from './detect-cost-file-format'

/** The identity of one record (header order), as an unambiguous string. */
export type LineIdentity = (record: readonly string[]) => string

const field = (value: string) => `${value.length}:${value}`

export function lineIdentityOf(format: CostFileFormat, index: ReadonlyMap<string, number>): LineIdentity {
  const byName = [...index.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const wholeRow: LineIdentity = (record) => {
    let identity = 'row|'
    for (const [name, position] of byName) {
      const value = record[position]
      if (value) identity += field(name) + field(value)
    }
    return identity
  }
  const id = index.get('identity_line_item_id')
  const interval = index.get('identity_time_interval')
  if (format !== 'cur-2.0' || id === undefined || interval === undefined) return wholeRow
  return (record) => {
    const [lineId, timeInterval] = [record[id], record[interval]]
    return lineId && timeInterval ? `line|${field(lineId)}${field(timeInterval)}` : wholeRow(record)
  }
}

/** What a line's identity is unique within: its kind of file, payer and billing period. */
export function scopedIdentity(
  scope: { source: string; billingAccountId: string; billingPeriod: string },
  identity: string,
): string {
  return `${field(scope.source)}${field(scope.billingAccountId)}${field(scope.billingPeriod)}${identity}`
}
