import 'server-only'
import type { IsoDay } from '@/lib/domain/calendar'
import { usdOfCalls } from '@/lib/domain/ingest/cost-explorer-spend'
import { toDecimal } from '@/lib/domain/money'
import type { Db } from '@/lib/server/db/prisma'
import { costExplorerSpendToday } from '@/lib/server/stored/cost-explorer-spend'
import type { CostExplorerSpendDto } from '@/lib/schemas/ingestion'

/** Today's (UTC) Cost Explorer spending and the daily cap, as the Ingestion page shows them. */
export async function getCostExplorerSpend(
  db: Db,
  input: { today: IsoDay; capUsd: string },
): Promise<CostExplorerSpendDto> {
  const spend = await costExplorerSpendToday(db, input)
  return {
    day: spend.day,
    capUsd: toDecimal(spend.capUsd).toFixed(),
    spentUsd: usdOfCalls(spend.spentCalls).toFixed(),
    reservedUsd: usdOfCalls(spend.reservedCalls).toFixed(),
  }
}
