// The server inventory API: EC2 instances, RDS DB instances and Aurora clusters as the `instances` ingestion source
// last listed them, with whether a schedule may start and stop each, and its on-demand hourly price.
import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { amount } from './common'
import { serverKind, serversQuery } from './servers-query'

export const serverDto = z
  .object({
    id: z.string().meta({
      description: "AWS's own identifier: the instance id, the DB instance identifier or the DB cluster identifier.",
    }),
    kind: serverKind,
    accountId: z.string(),
    region: z.string(),
    type: z.string().meta({
      description: 'The instance type or DB instance class; an Aurora cluster\'s member classes ("db.r6g.large × 2").',
    }),
    engine: z.string().nullable().meta({ description: 'RDS and Aurora: the database engine. EC2: null.' }),
    state: z.string().meta({ description: "AWS's state when last listed (running, stopped, available, …)." }),
    tags: z.record(z.string(), z.string()),
    launchedAt: z.iso.datetime().nullable().meta({ description: 'EC2: launch time; RDS and Aurora: creation time.' }),
    schedulable: z.boolean(),
    reason: z.string().nullable().meta({
      description:
        'Why a schedule cannot start and stop it (read replicas, their sources, Aurora members, terminated instances); null when it can.',
    }),
    replicaOf: z.string().nullable(),
    clusterId: z.string().nullable().meta({ description: "An Aurora member instance's cluster." }),
    hourlyUsd: amount.nullable().meta({
      description:
        'On-demand price per hour while running (RDS Single-AZ; Aurora: its members, Aurora Standard); null when the rate card has none (`priceMissing` says so).',
    }),
    price: z
      .object({ source: z.string(), status: z.enum(['verified', 'secondary', 'unconfirmed']), asOf: z.string() })
      .nullable()
      .meta({ description: 'Where the hourly price comes from and when it was read.' }),
    priceMissing: z.string().nullable(),
    lastSeen: z.iso.datetime(),
    accountName: z.string(),
    schedules: z
      .array(z.object({ id: z.number().int(), name: z.string(), group: z.string() }))
      .meta({ description: 'The schedules (and their group) that start and stop it; empty when none does.' }),
    monthCost: z
      .discriminatedUnion('status', [
        z.object({ status: z.literal('attributed'), usd: amount, usageType: z.string() }),
        z.object({ status: z.literal('shared'), usd: amount, usageType: z.string(), servers: z.number().int() }),
        z.object({ status: z.literal('none'), usd: z.null(), reason: z.string() }),
      ])
      .meta({
        description:
          "Its cost in `month` from the counted cost lines: `attributed` when its account and region have no other server of its type (Cost Explorer bills by usage type, not by instance), `shared` (the usage type's total, for `servers` servers) when they have, `none` with the reason otherwise.",
      }),
  })
  .meta({ id: 'Server' })

export type ServerDto = z.infer<typeof serverDto>

export const serversResponse = z
  .object({
    month: z.string().meta({ description: 'The month of `monthCost`: the month in progress.' }),
    servers: z.array(serverDto),
  })
  .meta({ id: 'Servers' })

export type ServersResponse = z.infer<typeof serversResponse>

export const serverOperations = [
  defineOperation({
    method: 'get',
    path: '/api/servers',
    permission: 'read',
    summary:
      'EC2 instances, RDS DB instances and Aurora clusters, with whether a schedule can start and stop each and its hourly price',
    description:
      'Servers are listed by the `instances` ingestion source; servers no longer listed by AWS are left out.',
    tags: ['servers'],
    query: serversQuery,
    queryDescriptions: {
      kind: 'Only this kind of server.',
      accountId: 'Only this account.',
      region: 'Only this region.',
    },
    responses: { 200: { description: 'By account, region, kind and id.', schema: serversResponse } },
  }),
]
