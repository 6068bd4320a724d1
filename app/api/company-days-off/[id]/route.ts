import { companyDayOffParams } from '@/lib/schemas/holidays'
import { db } from '@/lib/server/db/prisma'
import { removeCompanyDayOff } from '@/lib/server/holidays/save-company-days-off'
import { route } from '@/lib/server/http/route'

export const dynamic = 'force-dynamic'

// DELETE /api/company-days-off/{id}
export const DELETE = route({ permission: 'settings:write', params: companyDayOffParams }, async ({ params }) => {
  await removeCompanyDayOff(db(), params.id)
  return new Response(null, { status: 204 })
})
