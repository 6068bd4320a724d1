// Lambda → lambda_function, function_config_snapshot and function_tag_set. Lists every function of the regions to
// read (in the credentials' own account, and in each other linked account through its member role when one is
// configured) and their tags (the tagging API, in bulk), then in one transaction: upserts the functions, stores a
// snapshot only where the configuration changed, records tags that changed from today, and marks functions that
// disappeared as deleted (only in accounts that were read).
import 'server-only'
import { configHash } from '@/lib/domain/functions/config-hash'
import { type IsoDay, dayToDate } from '@/lib/domain/calendar'
import type { DayRange } from '@/lib/domain/ingest/plan-windows'
import { isKnownRegion } from '@/lib/domain/regions'
import { LAMBDA_SERVICE } from '@/lib/domain/aggregation/summarize-overview'
import { listFunctionConfigs } from '@/lib/aws/lambda/list-function-configs'
import { getFunctionTags } from '@/lib/aws/tagging/get-function-tags'
import type { ObservedFunction } from '@/lib/aws/lambda/transform'
import { insertUnknownAccounts, upsertRegions } from '@/lib/server/repositories/write-accounts'
import { type ConfigSnapshotRow, insertChangedConfigSnapshots } from '@/lib/server/repositories/write-config-snapshots'
import { markUnlistedFunctionsDeleted } from '@/lib/server/repositories/write-function-lifecycle'
import { recordFunctionTags } from '@/lib/server/repositories/write-function-tags'
import { functionKeyOf, upsertFunctions } from '@/lib/server/repositories/write-functions'
import { accountReaders } from './account-readers'
import { withFactTransaction } from './fact-transaction'
import { type IngestionContext, checkCancelled } from './ingestion-context'

export type ListedFunctions = {
  regions: string[]
  accountIds: string[]
  functions: (ObservedFunction & { id: number })[]
}

/** `linkedAccounts`: the accounts Cost Explorer reported in this run, if it ran; else the stored ones. */
export async function ingestFunctionConfigs(
  context: IngestionContext,
  runWindow: DayRange,
  linkedAccounts?: string[],
): Promise<ListedFunctions> {
  const { tracker } = context
  tracker.progress.phase = 'lambda'
  const configured = context.settings.regions?.filter((region) => {
    if (!isKnownRegion(region))
      tracker.warn(
        `FINOPS_AWS_REGIONS names ${region}, which this version does not know (no billing code or prices); it was skipped.`,
      )
    return isKnownRegion(region)
  })
  const regions = configured ?? (await regionsToRead(context, runWindow))
  tracker.progress.lambda.regions = regions
  if (regions.length === 0) {
    tracker.warn(
      'No region to read Lambda functions from: Cost Explorer shows no Lambda spend in the window and no functions are known. Set FINOPS_AWS_REGIONS to read them anyway.',
    )
    return { regions, accountIds: [], functions: [] }
  }
  const readers = await accountReaders(context, linkedAccounts)
  const observed: ObservedFunction[] = []
  const tags = new Map<string, Record<string, string>>()
  const readAccounts = new Set<string>()
  for (const reader of readers) {
    if (reader.accountId) readAccounts.add(reader.accountId)
    for (const region of regions) {
      checkCancelled(context)
      observed.push(...(await listFunctionConfigs(reader.aws, tracker.meter, region, context.signal)))
      for (const [arn, tagSet] of await getFunctionTags(reader.aws, tracker.meter, region, context.signal))
        tags.set(arn, tagSet)
      await tracker.flush()
    }
  }
  const accountIds = [...new Set([...readAccounts, ...observed.map((fn) => fn.accountId)])].sort()

  const written = await tracker.timedWrite(() =>
    withFactTransaction(context.facts, async ({ sql, client }) => {
      await upsertRegions(sql)
      await insertUnknownAccounts(sql, accountIds)
      const ids = await upsertFunctions(
        sql,
        observed.map((fn) => ({
          accountId: fn.accountId,
          region: fn.region,
          name: fn.name,
          arn: fn.arn,
          seenAt: context.now,
        })),
      )
      const functions = observed.map((fn) => ({ ...fn, id: ids.get(functionKeyOf(fn))! }))
      const latest = new Map(
        (
          await client.query<{ function_id: number; valid_from: Date; config_hash: string }>(
            `SELECT DISTINCT ON (function_id) function_id, valid_from, config_hash FROM function_config_snapshot
             WHERE function_id = ANY($1::int4[]) ORDER BY function_id, valid_from DESC`,
            [functions.map((fn) => fn.id)],
          )
        ).rows.map((row) => [row.function_id, row]),
      )
      const snapshots: ConfigSnapshotRow[] = []
      for (const fn of functions) {
        const hash = configHash(fn.config)
        const previous = latest.get(fn.id)
        if (previous?.config_hash === hash) continue
        snapshots.push({
          functionId: fn.id,
          validFrom: snapshotStart(fn, previous?.valid_from ?? null, runWindow.from, context.now),
          ...fn.config,
          configHash: hash,
        })
      }
      const inserted = await insertChangedConfigSnapshots(sql, snapshots)
      // A function the tagging API does not list has no tags.
      const retagged = await recordFunctionTags(
        sql,
        functions.map((fn) => ({ functionId: fn.id, day: context.today, tags: tags.get(fn.arn) ?? {} })),
      )
      let deleted = 0
      for (const region of regions) {
        for (const accountId of accountIds) {
          const listedNames = functions
            .filter((fn) => fn.region === region && fn.accountId === accountId)
            .map((fn) => fn.name)
          deleted += await markUnlistedFunctionsDeleted(sql, { accountId, region, listedNames, at: context.now })
        }
      }
      return { functions, inserted, deleted, retagged }
    }),
  )
  Object.assign(tracker.progress.lambda, {
    functions: written.functions.length,
    snapshots: written.inserted,
    deleted: written.deleted,
  })
  await tracker.flush()
  tracker.say(
    `lambda ${regions.join(', ')}: ${written.functions.length} functions in ${accountIds.length || 'no'} account(s), ${written.inserted} configuration change(s) and ${written.retagged} tag change(s) recorded, ` +
      `${written.deleted} deleted function(s), ${tracker.meter.counts.lambda.calls} Lambda calls`,
  )
  return { regions, accountIds, functions: written.functions }
}

/**
 * When a configuration starts: the first one seen is taken to hold since the start of the window; a change
 * from the function's LastModified when that falls after the previous snapshot, else from now.
 */
function snapshotStart(fn: ObservedFunction, previous: Date | null, windowFrom: IsoDay, now: Date): Date {
  if (!previous) return dayToDate(windowFrom)
  if (fn.lastModified && fn.lastModified > previous && fn.lastModified <= now) return fn.lastModified
  return now
}

/** Regions where Cost Explorer shows Lambda usage in the window, and those of functions already known. */
async function regionsToRead(context: IngestionContext, window: DayRange): Promise<string[]> {
  const rows = await context.db.$queryRaw<{ region: string }[]>`
    SELECT DISTINCT c.region FROM cost_line_item c JOIN aws_account a ON a.id = c.account_id
    WHERE c.service = ${LAMBDA_SERVICE} AND NOT a.is_demo AND c.day BETWEEN ${window.from}::date AND ${window.to}::date
    UNION
    SELECT DISTINCT f.region FROM lambda_function f JOIN aws_account a ON a.id = f.account_id WHERE NOT a.is_demo AND f.deleted_at IS NULL`
  return rows
    .map((row) => row.region)
    .filter(isKnownRegion)
    .sort()
}
