import type { z } from 'zod'
import type { CompanyDayOffDto, companyDayOffBody } from '@/lib/schemas/holidays'
import { defineWrite } from './define-write'

// No cached read shows the holiday calendar yet: the Settings page renders it on the server and refreshes itself.
export const companyDayOffWrites = {
  add: defineWrite<z.input<typeof companyDayOffBody>, CompanyDayOffDto>({
    operation: 'POST /api/company-days-off',
    permission: 'settings:write',
    request: (dayOff) => ({ json: dayOff }),
    invalidates: [],
  }),
  remove: defineWrite<{ id: number }, null>({
    operation: 'DELETE /api/company-days-off/{id}',
    permission: 'settings:write',
    request: ({ id }) => ({ params: { id } }),
    invalidates: [],
  }),
}
