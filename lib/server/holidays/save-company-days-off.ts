// Adds and removes the organisation's own days off (admins, from Settings or the API).
import 'server-only'
import type { CompanyDayOffBody, CompanyDayOffDto } from '@/lib/schemas/holidays'
import type { Db } from '@/lib/server/db/prisma'
import { notFound } from '@/lib/server/http/app-error'
import { COMPANY_DAY_OFF_COLUMNS } from '@/lib/server/stored/company-days-off'

export async function addCompanyDayOff(
  db: Db,
  body: CompanyDayOffBody,
  created: { by: string | null; at: Date },
): Promise<CompanyDayOffDto> {
  const [row] = await db.$queryRawUnsafe<CompanyDayOffDto[]>(
    `INSERT INTO company_day_off (name, day, month_day, created_by, created_at) VALUES ($1, $2::date, $3, $4, $5) RETURNING ${COMPANY_DAY_OFF_COLUMNS}`,
    body.name,
    body.day ?? null,
    body.monthDay ?? null,
    created.by,
    created.at,
  )
  return row!
}

export async function removeCompanyDayOff(db: Db, id: number): Promise<void> {
  const removed = await db.$executeRawUnsafe('DELETE FROM company_day_off WHERE id = $1', id)
  if (removed === 0) throw notFound(`Company day off ${id}`)
}
