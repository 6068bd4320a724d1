// The recorded exchange rates, as the domain reads them (lib/domain/fx): what the costs API and export convert
// with, what a cost file billed in won is converted back with, and what GET /api/fx-rates lists.
import 'server-only'
import type { IsoMonth } from '@/lib/domain/calendar'
import { MissingFxRateError, type MonthRates, monthRates, monthsWithoutRate } from '@/lib/domain/fx/month-rates'
import type { FxRateDto } from '@/lib/schemas/fx-rates'
import type { Db } from '@/lib/server/db/prisma'

type Reader = Pick<Db, '$queryRawUnsafe'>

const COLUMNS = `to_char(month, 'YYYY-MM') AS month, krw_per_usd::text AS "krwPerUsd", source, to_char(as_of, 'YYYY-MM-DD') AS "asOf",
  entered_by AS "enteredBy", to_char(entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "enteredAt"`

type Row = FxRateDto

/** Every recorded month, or only the given months', oldest first (at most one row per month of 2000–2099). */
export async function listFxRates(db: Reader, months?: readonly IsoMonth[]): Promise<FxRateDto[]> {
  const rows = months
    ? await db.$queryRawUnsafe<Row[]>(
        `SELECT ${COLUMNS} FROM fx_rate WHERE to_char(month, 'YYYY-MM') = ANY($1::text[]) ORDER BY month`,
        [...new Set(months)],
      )
    : await db.$queryRawUnsafe<Row[]>(`SELECT ${COLUMNS} FROM fx_rate ORDER BY month`)
  return rows.map(canonical)
}

/** The recorded rates of the given months, or of every month (a month without one is simply absent). */
export async function loadMonthRates(db: Reader, months?: readonly IsoMonth[]): Promise<MonthRates> {
  const rates = months?.length === 0 ? [] : await listFxRates(db, months)
  return monthRates(rates.map(({ month, krwPerUsd, source, asOf }) => ({ month, krwPerUsd, source, asOf })))
}

/** The rates of every given month; throws MissingFxRateError naming the months that have none. */
export async function requireMonthRates(db: Reader, months: readonly IsoMonth[]): Promise<MonthRates> {
  const rates = await loadMonthRates(db, months)
  const missing = monthsWithoutRate(months, rates)
  if (missing.length) throw new MissingFxRateError(missing)
  return rates
}

// numeric::text keeps the column's scale ("1385.200000"); the API says the rate as finance would ("1385.2").
function canonical(row: Row): FxRateDto {
  return { ...row, krwPerUsd: row.krwPerUsd.includes('.') ? row.krwPerUsd.replace(/\.?0+$/, '') : row.krwPerUsd }
}
