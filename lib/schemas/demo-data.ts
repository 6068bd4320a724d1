import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'

export const demoDataStatus = z
  .object({
    present: z.boolean(),
    status: z.enum(['loaded', 'removed', 'never_loaded']),
    firstDay: z.string().nullable(),
    lastDay: z.string().nullable(),
    realAccounts: z.number().int().meta({ description: 'Accounts that are not demo data.' }),
  })
  .meta({ id: 'DemoDataStatus' })

export type DemoDataStatus = z.infer<typeof demoDataStatus>

export const demoDataOperations = [
  defineOperation({
    method: 'get',
    path: '/api/demo-data',
    permission: 'read',
    summary: 'Whether the demo dataset is loaded',
    tags: ['system'],
    responses: { 200: { description: 'Demo data status.', schema: demoDataStatus } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/demo-data',
    permission: 'demo-data:write',
    summary: 'Load the demo dataset (13 months ending today)',
    tags: ['system'],
    responses: {
      201: { description: 'Loaded.', schema: demoDataStatus },
      409: { description: 'Demo data is already loaded.' },
    },
  }),
  defineOperation({
    method: 'delete',
    path: '/api/demo-data',
    permission: 'demo-data:write',
    summary: 'Remove every demo account and its data',
    tags: ['system'],
    responses: { 200: { description: 'Removed.', schema: demoDataStatus } },
  }),
]
