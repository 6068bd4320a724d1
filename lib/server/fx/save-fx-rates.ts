// Writes finance's rates: one month (PUT /api/fx-rates/{month}) or a whole CSV at once, all or nothing. A rate
// replaces the month's previous one; who entered it and when are recorded with it (the audit log keeps the
// history of changes).
import 'server-only'
import type { IsoDay, IsoMonth } from '@/lib/domain/calendar'
import type { FxRateDto } from '@/lib/schemas/fx-rates'
import type { Db } from '@/lib/server/db/prisma'
import { recordSpendBudgetAlerts } from '@/lib/server/spend-budgets/record-budget-alerts'
import { listFxRates } from '@/lib/server/stored/fx-rates'

export type FxRateInput = { month: IsoMonth; krwPerUsd: string; source: string; asOf: IsoDay }

/** Creates or replaces each month's rate in one statement; answers the rates as stored. */
export async function saveFxRates(
  db: Db,
  rates: readonly FxRateInput[],
  entered: { by: string | null; at: Date },
): Promise<FxRateDto[]> {
  if (rates.length === 0) return []
  await db.$executeRawUnsafe(
    `INSERT INTO fx_rate (month, krw_per_usd, source, as_of, entered_by, entered_at)
     SELECT (r.month || '-01')::date, r.rate::numeric, r.source, r.as_of::date, $5, $6
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS r(month, rate, source, as_of)
     ON CONFLICT (month) DO UPDATE SET krw_per_usd = excluded.krw_per_usd, source = excluded.source, as_of = excluded.as_of,
       entered_by = excluded.entered_by, entered_at = excluded.entered_at`,
    rates.map((rate) => rate.month),
    rates.map((rate) => rate.krwPerUsd),
    rates.map((rate) => rate.source),
    rates.map((rate) => rate.asOf),
    entered.by,
    entered.at,
  )
  // A won budget is judged at its month's rate: a new rate may reach one of its alerts.
  await recordSpendBudgetAlerts(db)
  return listFxRates(
    db,
    rates.map((rate) => rate.month),
  )
}
