// What every ingestion step gets: the database, AWS clients, the run's tracker and settings.
import 'server-only'
import type { AwsClients } from '@/lib/aws/clients'
import type pg from 'pg'
import type { IsoDay } from '@/lib/domain/calendar'
import type { Env } from '@/lib/env'
import type { Db } from '@/lib/server/db/prisma'
import type { RunTracker } from './run-tracker'

export type IngestionSettings = {
  /** FINOPS_AWS_REGIONS; unset means the regions where Cost Explorer shows Lambda spend. */
  regions?: string[]
  costExplorerMaxCalls: number
  /** FINOPS_CE_MAX_USD_PER_DAY: what all runs together may spend on Cost Explorer per UTC day (a decimal string). */
  costExplorerDailyCapUsd: string
  /** FINOPS_AWS_MEMBER_ROLE_NAME: the role read in linked accounts other than the credentials' own. */
  memberRoleName?: string
}

/** The settings every ingestion entry point (the CLI, the worker) reads from the environment. */
export function ingestionSettings(config: Env): IngestionSettings {
  return {
    regions: config.FINOPS_AWS_REGIONS,
    costExplorerMaxCalls: config.FINOPS_CE_MAX_CALLS_PER_RUN,
    costExplorerDailyCapUsd: config.FINOPS_CE_MAX_USD_PER_DAY,
    memberRoleName: config.FINOPS_AWS_MEMBER_ROLE_NAME,
  }
}

export type IngestionContext = {
  db: Db
  /** Connections for the window transactions that write facts. */
  facts: pg.Pool
  aws: AwsClients
  /** Clients acting in member accounts through their role, by account id (filled when functions are listed). */
  memberClients: Map<string, AwsClients>
  tracker: RunTracker
  settings: IngestionSettings
  runId: string
  now: Date
  today: IsoDay
  signal?: AbortSignal
}

/** Refreshing derived data for a month of a large account takes seconds; minutes would mean something is wrong. */
export const WINDOW_TRANSACTION = { timeout: 15 * 60_000, maxWait: 60_000 }

/** The clients that read Lambda and CloudWatch in an account: its member role's, else the run's own. */
export function clientsFor(context: IngestionContext, accountId: string): AwsClients {
  return context.memberClients.get(accountId) ?? context.aws
}

export function checkCancelled(context: IngestionContext) {
  if (context.signal?.aborted)
    throw new Error('The run was cancelled (the worker is shutting down); run it again to finish.')
}
