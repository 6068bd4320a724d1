// Cost Explorer → cost_line_item. The linked accounts (and their names) and each month's totals come from one
// grouped query; then each calendar month of the window is fetched per account and record type, validated page
// by page, checked against those totals, and written in one transaction that also removes the lines Cost
// Explorer no longer reports for that month. A month that does not add up is not written: its stored data stays.

import 'server-only'
import { getAccountActivity, getDailyCostLines } from '@/lib/aws/cost-explorer/get-cost-and-usage'
import type { CostLine } from '@/lib/aws/cost-explorer/transform'
import { type DayRange, splitByMonth } from '@/lib/domain/ingest/plan-windows'
import { checkCostExplorerMonth } from '@/lib/domain/reconciliation/check-cost-explorer-month'
import { upsertAccounts, upsertRegions } from '@/lib/server/repositories/write-accounts'
import { replaceCostLineItems } from '@/lib/server/repositories/replace-cost-line-items'
import { COST_EXPLORER_SOURCE } from '@/lib/server/stored/cost-explorer-spend'
import { withFactTransaction } from './fact-transaction'
import { type IngestionContext, checkCancelled } from './ingestion-context'

export async function ingestCosts(context: IngestionContext, range: DayRange) {
  const { db, tracker } = context
  const pieces = splitByMonth(range)
  tracker.progress.phase = 'costs'
  tracker.progress.costs.pieces = pieces.length
  const accounts = await getAccountActivity(context.aws, tracker.meter, range, context.signal)
  tracker.progress.costs.accounts = accounts.length
  if (accounts.length === 0) tracker.warn(`Cost Explorer reports no costs between ${range.from} and ${range.to}.`)
  const known = new Map((await db.awsAccount.findMany({ select: { id: true, name: true } })).map((a) => [a.id, a.name]))
  // Cost Explorer names linked accounts only in an organization; keep a name we already have over a bare id.
  const named = accounts.map((a) => ({
    id: a.id,
    name: a.name === a.id ? (known.get(a.id) ?? a.id) : a.name,
    isDemo: false,
  }))
  await tracker.flush()

  for (const piece of pieces) {
    checkCancelled(context)
    const lines: CostLine[] = []
    for (const account of accounts) {
      for (const recordType of account.recordTypes) {
        lines.push(
          ...(await getDailyCostLines(
            context.aws,
            tracker.meter,
            { range: piece, accountId: account.id, recordType },
            context.signal,
          )),
        )
      }
    }
    const totals = accounts.flatMap((account) =>
      account.totals.filter((total) => total.from === piece.from).map((total) => ({ ...total, accountId: account.id })),
    )
    const mismatches = checkCostExplorerMonth(totals, lines)
    tracker.progress.costs.monthsChecked++
    if (mismatches.length) {
      for (const m of mismatches) {
        tracker.progress.costs.unreconciled.push({
          ...piece,
          accountId: m.accountId,
          recordType: m.recordType,
          reportedUsd: m.reportedUsd.toFixed(),
          summedUsd: m.summedUsd.toFixed(),
          differenceUsd: m.differenceUsd.toFixed(),
        })
        tracker.warn(
          `Cost Explorer's ${m.recordType} total for account ${m.accountId} from ${piece.from} to ${piece.to} is $${m.reportedUsd.toFixed()}, ` +
            `but its daily lines add up to $${m.summedUsd.toFixed()}: the month was not written and keeps its stored data.`,
        )
      }
      tracker.progress.costs.piecesDone++
      await tracker.flush()
      continue
    }
    const result = await tracker.timedWrite(() =>
      withFactTransaction(context.facts, async ({ sql, client }) => {
        await upsertRegions(sql)
        await upsertAccounts(sql, named)
        // Accounts that had lines in this month but vanished from Cost Explorer lose them too.
        const previous = await client.query<{ account_id: string }>(
          'SELECT DISTINCT account_id FROM cost_line_item WHERE source = $1 AND day BETWEEN $2::date AND $3::date',
          [COST_EXPLORER_SOURCE, piece.from, piece.to],
        )
        const accountIds = [...new Set([...accounts.map((a) => a.id), ...previous.rows.map((row) => row.account_id)])]
        return replaceCostLineItems(
          sql,
          { source: COST_EXPLORER_SOURCE, accountIds, from: piece.from, to: piece.to, runId: context.runId },
          lines.map((line) => ({ ...line, source: COST_EXPLORER_SOURCE, runId: context.runId })),
        )
      }),
    )
    tracker.progress.costs.piecesDone++
    tracker.progress.costs.rows += result.written
    tracker.progress.costs.removed += result.removed
    await tracker.flush()
    tracker.say(
      `costs ${piece.from}..${piece.to}: ${lines.length} lines for ${accounts.length} account(s)` +
        `${result.removed ? `, ${result.removed} no longer reported removed` : ''}, ${tracker.meter.counts.costExplorer.calls} Cost Explorer calls so far`,
    )
  }
  return { accounts: accounts.map((a) => a.id) }
}
