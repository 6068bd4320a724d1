// The ingestion API: start a run, list recent runs with their progress. Windows are inclusive UTC days.
import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { amount, dateRange, isoDay } from './common'
import { ingestionRunsQuery } from './ingestion-query'
import { importOperations } from './imports'
import { reconciliationOperations } from './reconciliation'

/** What a run can ingest; `instances` is the EC2, RDS and Aurora inventory (servers a schedule can start and stop). */
export const INGESTION_SOURCES = ['costs', 'lambda', 'metrics', 'instances'] as const
export type IngestionSource = (typeof INGESTION_SOURCES)[number]

export const startIngestionBody = dateRange(800)
  .and(
    z.object({
      sources: z.array(z.enum(INGESTION_SOURCES)).min(1).optional().meta({
        description: 'What to ingest; default all. Metrics need the function list, so `metrics` includes `lambda`.',
      }),
    }),
  )
  .meta({ id: 'StartIngestion', example: { from: '2026-10-01', to: '2026-10-31' } })

export const startIngestionResponse = z
  .object({
    id: z.uuid(),
    deduplicated: z
      .boolean()
      .meta({ description: 'A run for the same window was already queued or running; its id is returned.' }),
  })
  .meta({ id: 'StartedIngestion' })

const dayRange = z.object({ from: isoDay, to: isoDay })

export const ingestionProgress = z
  .object({
    phase: z.enum(['queued', 'costs', 'lambda', 'metrics', 'servers', 'derived', 'done']),
    incremental: z
      .boolean()
      .meta({ description: 'The window was chosen from what is stored (scheduled runs), not given.' }),
    windows: z.object({ costs: dayRange.nullable(), metrics: dayRange.nullable() }),
    costs: z.object({
      calls: z.number().int(),
      piecesDone: z.number().int(),
      pieces: z.number().int(),
      accounts: z.number().int(),
      rows: z.number().int(),
      removed: z.number().int(),
      monthsChecked: z.number().int().meta({
        description:
          "Months whose daily lines were checked against Cost Explorer's own monthly total per account and record type.",
      }),
      unreconciled: z
        .array(
          z.object({
            from: isoDay,
            to: isoDay,
            accountId: z.string(),
            recordType: z.string(),
            reportedUsd: z.string(),
            summedUsd: z.string(),
            differenceUsd: z.string(),
          }),
        )
        .meta({
          description:
            'Months whose daily lines did not add up to the monthly total: not written (the stored data was kept), the run fails, run it again.',
        }),
    }),
    lambda: z.object({
      calls: z.number().int(),
      regions: z.array(z.string()),
      functions: z.number().int(),
      snapshots: z.number().int(),
      deleted: z.number().int(),
    }),
    metrics: z.object({
      calls: z.number().int(),
      metricsRequested: z.number().int(),
      piecesDone: z.number().int(),
      pieces: z.number().int(),
      functions: z.number().int(),
      dailyRows: z.number().int(),
      hourlyRows: z.number().int(),
    }),
    servers: z
      .object({
        calls: z.number().int(),
        regions: z.array(z.string()),
        servers: z.number().int(),
        deleted: z.number().int(),
      })
      .meta({
        description:
          'The `instances` source: EC2 and RDS describe calls, regions listed, servers seen, servers no longer listed.',
      }),
    derived: z.object({ functionCostRows: z.number().int() }),
    retries: z.number().int().meta({ description: 'AWS SDK retries (throttling, transient errors).' }),
    dbWriteMs: z.number().meta({ description: 'Time spent writing facts (costs, functions, metrics) to PostgreSQL.' }),
    derivedMs: z.number().meta({ description: 'Time spent bringing derived data up to date.' }),
  })
  .meta({ id: 'IngestionProgress' })

export type IngestionProgress = z.infer<typeof ingestionProgress>

export const ingestionRun = z
  .object({
    id: z.uuid(),
    trigger: z.enum(['manual', 'cli', 'schedule']),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    from: isoDay,
    to: isoDay,
    sources: z.array(z.enum(INGESTION_SOURCES)),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    heartbeatAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    apiCalls: z.number().int(),
    apiCostUsd: amount,
    progress: ingestionProgress,
    warnings: z.array(z.string()),
    error: z.string().nullable(),
  })
  .meta({ id: 'IngestionRun' })

export type IngestionRunDto = z.infer<typeof ingestionRun>

export const costExplorerSpend = z
  .object({
    day: isoDay.meta({ description: 'Today, as a UTC day: runs count on the day they started.' }),
    capUsd: amount.meta({
      description: 'FINOPS_CE_MAX_USD_PER_DAY: what all runs together may spend on Cost Explorer per UTC day.',
    }),
    spentUsd: amount.meta({ description: 'Spent today by the runs started today ($0.01 per request).' }),
    reservedUsd: amount.meta({
      description: 'Expected of runs still queued or running; a new run that does not fit beside it is refused (429).',
    }),
  })
  .meta({ id: 'CostExplorerSpend' })

export type CostExplorerSpendDto = z.infer<typeof costExplorerSpend>

export const ingestionRunsResponse = z
  .object({ runs: z.array(ingestionRun), costExplorerToday: costExplorerSpend })
  .meta({ id: 'IngestionRuns' })

const runOperations = [
  defineOperation({
    method: 'post',
    path: '/api/ingest',
    permission: 'ingest:run',
    summary: 'Start an ingestion run for a window of days (inclusive)',
    description:
      'Queues a run for the worker. A run for the same window that is still queued or running is reused instead of starting a second one. ' +
      "A new run that would take today's Cost Explorer spending over FINOPS_CE_MAX_USD_PER_DAY is refused.",
    tags: ['ingestion'],
    body: startIngestionBody,
    responses: {
      202: { description: 'Queued.', schema: startIngestionResponse },
      429: {
        description:
          "The run would go over today's Cost Explorer spending cap; the message says by how much and what to do.",
      },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/ingest/runs',
    permission: 'read',
    summary:
      "Recent ingestion runs with status, window, per-source counts, API calls and their cost; today's Cost Explorer spending against its cap",
    tags: ['ingestion'],
    query: ingestionRunsQuery,
    queryDescriptions: { limit: 'How many of the most recent runs (default 20).' },
    responses: { 200: { description: 'Most recent first.', schema: ingestionRunsResponse } },
  }),
]

/** Everything the ingestion feature serves: runs, file imports, reconciliation. */
export const ingestionOperations = [...runOperations, ...importOperations, ...reconciliationOperations]
