// Ingestion against the local fake AWS and a fresh PostgreSQL: the real SDK clients reach the fake server
// through the standard AWS_ENDPOINT_URL_* variables with static fake credentials.
import { type AwsClientOptions, createAwsClients } from '../../../lib/aws/clients'
import type { IsoDay } from '../../../lib/domain/calendar'
import type { DayRange } from '../../../lib/domain/ingest/plan-windows'
import type { Scenario } from '../../../lib/domain/demo/scenario-types'
import type { IngestionSource } from '../../../lib/schemas/ingestion'
import { clock } from '../../../lib/server/clock'
import { type RunTrigger, createIngestionRun } from '../../../lib/server/ingest/create-ingestion-run'
import { type IngestionDeps, executeIngestionRun } from '../../../lib/server/ingest/execute-ingestion-run'
import { FakeAccount } from '../../support/fake-aws/fake-account'
import type { Faults } from '../../support/fake-aws/faults'
import type { FakeServerSpec } from '../../support/fake-aws/fake-servers'
import { type FakeAws, startFakeAws } from '../../support/fake-aws/start-fake-aws'
import { TEST_SCENARIO } from '../../support/fake-aws/test-scenario'
import { type TestDatabase, createTestDatabase } from './test-database'

export type Harness = {
  today: IsoDay
  fake: FakeAws
  database: TestDatabase
  deps: IngestionDeps
  lines: string[]
  ingest(input?: {
    window?: DayRange
    sources?: IngestionSource[]
    trigger?: RunTrigger
  }): ReturnType<typeof executeIngestionRun>
  close(): Promise<void>
}

export async function startHarness(
  options: {
    scenario?: Scenario
    account?: FakeAccount
    pageSizes?: {
      costGroups?: number
      functions?: number
      datapoints?: number
      taggedResources?: number
      servers?: number
    }
    faults?: Faults
    /** EC2, RDS and Aurora servers of the fake (default none). */
    servers?: FakeServerSpec[]
    settings?: Partial<IngestionDeps['settings']>
    clients?: AwsClientOptions
  } = {},
): Promise<Harness> {
  const today = clock.today()
  const account = options.account ?? FakeAccount.fromScenario(options.scenario ?? TEST_SCENARIO, today)
  const fake = await startFakeAws({
    account,
    pageSizes: options.pageSizes,
    faults: options.faults,
    servers: options.servers,
  })
  Object.assign(process.env, fake.env)
  delete process.env.AWS_PROFILE
  const database = await createTestDatabase()
  const aws = createAwsClients({ retryMode: 'standard', maxAttempts: 5, requestTimeoutMs: 5_000, ...options.clients })
  const lines: string[] = []
  const deps: IngestionDeps = {
    db: database.db,
    databaseUrl: database.url,
    aws,
    // The tests' own runs are far below this cap; the daily cap's tests set theirs.
    settings: { costExplorerMaxCalls: 200, costExplorerDailyCapUsd: '100.00', ...options.settings },
    heartbeatMs: 100,
    log: (line) => lines.push(line),
  }
  return {
    today,
    fake,
    database,
    deps,
    lines,
    async ingest(input = {}) {
      const run = await createIngestionRun(database.db, {
        trigger: input.trigger ?? 'cli',
        window: input.window,
        sources: input.sources,
        today,
        costExplorerDailyCapUsd: deps.settings.costExplorerDailyCapUsd,
      })
      return executeIngestionRun(deps, run.id)
    },
    async close() {
      aws.destroy()
      await fake.close()
      await database.drop()
    },
  }
}
