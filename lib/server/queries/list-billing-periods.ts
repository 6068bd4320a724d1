// What the imported cost files hold, per billing period: which files brought its lines and how many each still
// holds, their total, and on how many of its account-days another source's lines count instead (the rule of
// lib/domain/costs/cost-sources.ts, checked as counted-cost-lines.ts checks it).
import 'server-only'
import { type Decimal, ZERO } from '@/lib/domain/money'
import type { Db } from '@/lib/server/db/prisma'
import type { BillingPeriodDto } from '@/lib/schemas/imports'
import { OUTRANKED } from './counted-cost-lines'

export async function listBillingPeriods(db: Db): Promise<BillingPeriodDto[]> {
  const [held, days] = await Promise.all([
    db.$queryRawUnsafe<
      {
        source: string
        payer: string
        start: string
        import_id: string | null
        file_name: string | null
        lines: number
        billed: string
      }[]
    >(
      `SELECT l.source, l.billing_account_id AS payer, to_char(l.billing_period, 'YYYY-MM-DD') AS start, l.import_id, i.file_name,
              count(*)::int AS lines, sum(l.unblended_cost)::text AS billed
       FROM cost_file_line l LEFT JOIN cost_file_import i ON i.id = l.import_id
       GROUP BY l.source, l.billing_account_id, l.billing_period, l.import_id, i.file_name
       ORDER BY l.billing_period DESC, l.source, l.billing_account_id, i.file_name`,
    ),
    db.$queryRawUnsafe<{ source: string; payer: string; start: string; days: number; outranked: number }[]>(
      `SELECT c.source, c.payer, to_char(c.billing_period, 'YYYY-MM-DD') AS start, count(*)::int AS days, count(*) FILTER (WHERE ${OUTRANKED})::int AS outranked
       FROM (SELECT DISTINCT source, billing_account_id AS payer, billing_period, account_id, day FROM cost_file_line) c
       GROUP BY c.source, c.payer, c.billing_period`,
    ),
  ])
  const periods = new Map<string, BillingPeriodDto>()
  const billed = new Map<BillingPeriodDto, Decimal>()
  for (const row of held) {
    const key = `${row.source}|${row.payer}|${row.start}`
    let period = periods.get(key)
    if (!period) {
      const counted = days.find(
        (day) => day.source === row.source && day.payer === row.payer && day.start === row.start,
      )!
      period = {
        source: row.source as BillingPeriodDto['source'],
        billingAccountId: row.payer,
        start: row.start,
        lines: 0,
        billedTotalUsd: '0',
        accountDays: counted.days,
        accountDaysCountedElsewhere: counted.outranked,
        files: [],
      }
      periods.set(key, period)
    }
    period.lines += row.lines
    billed.set(period, (billed.get(period) ?? ZERO).plus(row.billed))
    period.files.push({ importId: row.import_id, fileName: row.file_name, lines: row.lines })
  }
  return [...periods.values()].map((period) => ({ ...period, billedTotalUsd: billed.get(period)!.toFixed() }))
}
