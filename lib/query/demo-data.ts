import type { DemoDataStatus } from '@/lib/schemas/demo-data'
import { defineWrite } from './define-write'

// Every page's data changes with the demo dataset: both writes drop the whole cache.
export const demoDataWrites = {
  load: defineWrite<void, DemoDataStatus>({
    operation: 'POST /api/demo-data',
    permission: 'demo-data:write',
    invalidates: 'everything',
  }),
  remove: defineWrite<void, DemoDataStatus>({
    operation: 'DELETE /api/demo-data',
    permission: 'demo-data:write',
    invalidates: 'everything',
  }),
}
