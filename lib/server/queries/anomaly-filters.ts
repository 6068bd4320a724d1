// The filters that the anomaly and incident lists share (the Anomalies page, GET /api/anomalies, GET /api/incidents,
// a function page's incidents), written once: the range they default to, their parameters and the SQL that applies
// them. What a filter is tested against is each list's own (an anomaly's columns, or any anomaly of an incident), so
// a list names its conditions; which filter is which placeholder, and "no filter" as NULL, are this file's.
import 'server-only'
import type { AnomalyKind, Severity } from '@/lib/domain/anomalies/types'
import { SEVERITIES } from '@/lib/domain/anomalies/types'
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'
import type { AnomalyDto } from '@/lib/schemas/anomalies'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { getDataThrough } from './get-data-through'

export const DEFAULT_ANOMALY_DAYS = 90

export type AnomalyListFilters = {
  from?: IsoDay
  to?: IsoDay
  kind?: AnomalyKind[]
  minSeverity?: Severity
  accountId?: string
  functionId?: number
  status?: AnomalyDto['status']
}

/** A list's SQL condition for each filter, given the placeholder of its value (`from` and `to` are timestamptz). */
export type FilterConditions = {
  inRange(from: string, to: string): string
  kind(kinds: string): string
  severity(severities: string): string
  accountId(accountId: string): string
  functionId(functionId: string): string
  status(status: string): string
}

export type AnomalyListQuery = {
  from: IsoDay
  to: IsoDay
  dataThrough: IsoDay | null
  /** The conditions joined with AND: $1 to $7, an unset filter matching every row. */
  where(conditions: FilterConditions): string
  params: unknown[]
}

/** The range (by default the 90 days up to the last day with data) and the parameters of a list's filters. */
export async function anomalyListQuery(db: Db, filters: AnomalyListFilters): Promise<AnomalyListQuery> {
  const dataThrough = await getDataThrough(db)
  const to = filters.to ?? dataThrough ?? clock.today()
  const from = filters.from ?? addDaysTo(to, -(DEFAULT_ANOMALY_DAYS - 1))
  const severities = filters.minSeverity ? SEVERITIES.slice(SEVERITIES.indexOf(filters.minSeverity)) : null
  return {
    from,
    to,
    dataThrough,
    where: (conditions) =>
      [
        conditions.inRange('$1::timestamptz', '$2::timestamptz'),
        `($3::text[] IS NULL OR ${conditions.kind('$3::text[]')})`,
        `($4::text[] IS NULL OR ${conditions.severity('$4::text[]')})`,
        `($5::text IS NULL OR ${conditions.accountId('$5::text')})`,
        `($6::int4 IS NULL OR ${conditions.functionId('$6::int4')})`,
        `($7::text IS NULL OR ${conditions.status('$7::text')})`,
      ].join('\n  AND '),
    params: [
      `${from}T00:00:00.000Z`,
      `${addDaysTo(to, 1)}T00:00:00.000Z`,
      filters.kind?.length ? filters.kind : null,
      severities,
      filters.accountId ?? null,
      filters.functionId ?? null,
      filters.status ?? null,
    ],
  }
}
