// What `npm run schedules -- run-due` (and later the worker) does at an instant: every schedule's actions due in
// the 5 minutes up to and including `now`, in execution order. A dry-run schedule only says what it would do and
// changes nothing. An executing one claims each action once in schedule_action (its unique key: schedule,
// instant, action, group), so two processes never act twice; starts its groups in dependency order, each
// waiting until the groups before it are running with status checks OK or available; stops in reverse. A
// failure stops the rest of that chain (they are recorded as skipped), keeps what runs running, and says which
// server failed and why.
import 'server-only'
import type { AwsClients } from '@/lib/aws/clients'
import { callerAccountId, memberAccountClients } from '@/lib/aws/member-accounts'
import { ServerActionError, type WaitSettings, startStopServers } from '@/lib/aws/servers/start-stop-servers'
import { addDaysTo } from '@/lib/domain/calendar'
import { dueActions } from '@/lib/domain/schedules/due-actions'
import { type PlannedAction, planActions } from '@/lib/domain/schedules/plan-actions'
import { groupMembers } from '@/lib/domain/servers/group-members'
import type { ServerKind } from '@/lib/domain/servers/schedulable'
import { localDay } from '@/lib/domain/time-zone/zoned-time'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { inventoriedServers, scheduleCalendar } from './schedule-plan'
import { type LoadedSchedule, listSchedules } from './schedule-store'

export const DUE_WINDOW_MINUTES = 5

export type RunDueDeps = {
  db: Db
  aws: AwsClients
  now: Date
  /** FINOPS_AWS_MEMBER_ROLE_NAME: the role that starts and stops servers in other linked accounts. */
  memberRoleName?: string
  wait: WaitSettings
  /** Who or what ran it, for the schedule's history: "cli", "worker". */
  trigger: string
  log: (line: string) => void
}

export type ActionStatus = 'succeeded' | 'failed' | 'skipped' | 'dry-run' | 'done-before'
export type ActionOutcome = {
  scheduleId: number
  action: PlannedAction
  resourceIds: string[]
  status: ActionStatus
  message: string | null
}

type Inventory = Awaited<ReturnType<typeof inventoriedServers>>

/** Every due action's outcome; `ok` when none failed or was skipped. */
export async function runDue(deps: RunDueDeps): Promise<{ outcomes: ActionOutcome[]; ok: boolean }> {
  const inventory = await inventoriedServers(deps.db)
  const outcomes: ActionOutcome[] = []
  const clients = new AccountClients(deps)
  try {
    for (const loaded of await listSchedules(deps.db))
      outcomes.push(...(await runSchedule(deps, loaded, inventory, clients)))
  } finally {
    clients.destroy()
  }
  return {
    outcomes,
    ok: outcomes.every(
      (outcome) => outcome.status === 'succeeded' || outcome.status === 'dry-run' || outcome.status === 'done-before',
    ),
  }
}

async function runSchedule(
  deps: RunDueDeps,
  loaded: LoadedSchedule,
  inventory: Inventory,
  clients: AccountClients,
): Promise<ActionOutcome[]> {
  const { schedule } = loaded
  const today = localDay(deps.now.getTime(), schedule.timeZone)
  const plan = planActions(schedule, { from: addDaysTo(today, -1), to: today, calendar: scheduleCalendar(schedule) })
  const outcomes: ActionOutcome[] = []
  let failedChain: string | null = null
  for (const action of dueActions(plan, deps.now, DUE_WINDOW_MINUTES)) {
    const group = schedule.groups.find((candidate) => candidate.name === action.group)!
    const members = groupMembers(group.select, inventory)
    const resourceIds = [...members.servers.map((server) => server.id), ...members.unknownIds]
    const report = (status: ActionStatus, message: string | null) => {
      const outcome = { scheduleId: loaded.id, action, resourceIds, status, message }
      outcomes.push(outcome)
      deps.log(
        `${status.padEnd(11)} ${schedule.name} #${loaded.id} ${action.at} ${action.action} ${action.group}: ${resourceIds.join(', ') || '(no servers)'}${message ? ` (${message})` : ''}`,
      )
      return outcome
    }
    const chain = `${action.at} ${action.action}`
    if (!loaded.execute) {
      report('dry-run', `would ${action.action}; execution is off for this schedule`)
      continue
    }
    const claimed = await claim(deps, loaded.id, action)
    if (claimed === null) {
      report('done-before', 'already run by an earlier run-due or another worker')
      continue
    }
    if (failedChain === chain) {
      const message = 'not run: a group before it in this chain failed'
      await finish(deps.db, claimed, 'skipped', resourceIds, message)
      report('skipped', message)
      continue
    }
    try {
      if (members.unknownIds.length)
        throw new ServerActionError(
          members.unknownIds[0]!,
          `${members.unknownIds.join(', ')} not in the inventory (run the instances ingestion, or fix the group's ids)`,
        )
      const refused = members.servers.find((server) => !server.schedulable)
      if (refused) throw new ServerActionError(refused.id, `${refused.id} cannot be scheduled: ${refused.reason}`)
      await act(deps, clients, members.servers, action.action)
      await finish(deps.db, claimed, 'succeeded', resourceIds, null)
      report('succeeded', null)
    } catch (error) {
      failedChain = chain
      const message = error instanceof Error ? error.message : String(error)
      await finish(deps.db, claimed, 'failed', resourceIds, message)
      report('failed', message)
    }
  }
  return outcomes
}

/** The group's servers by account and region, each set started or stopped together. */
async function act(deps: RunDueDeps, clients: AccountClients, servers: Inventory, action: 'start' | 'stop') {
  const byPlace = new Map<string, Inventory>()
  for (const server of servers)
    byPlace.set(`${server.accountId}/${server.region}`, [
      ...(byPlace.get(`${server.accountId}/${server.region}`) ?? []),
      server,
    ])
  await Promise.all(
    [...byPlace.values()].map(async (place) => {
      const { accountId, region } = place[0]!
      await startStopServers(
        await clients.of(accountId),
        region,
        place.map((server) => ({ kind: server.kind as ServerKind, id: server.id })),
        action,
        deps.wait,
      )
    }),
  )
}

/** The row that makes this process the one that performs the action; null when another already did. */
async function claim(deps: RunDueDeps, scheduleId: number, action: PlannedAction): Promise<number | null> {
  const rows = await deps.db.$queryRaw<{ id: number }[]>`
    INSERT INTO schedule_action (schedule_id, at, action, group_name, status, trigger, started_at)
    VALUES (${scheduleId}, ${new Date(action.at)}, ${action.action}, ${action.group}, 'running', ${deps.trigger}, ${deps.now})
    ON CONFLICT (schedule_id, at, action, group_name) DO NOTHING
    RETURNING id`
  return rows[0]?.id ?? null
}

async function finish(
  db: Db,
  id: number,
  status: 'succeeded' | 'failed' | 'skipped',
  resourceIds: string[],
  message: string | null,
) {
  await db.scheduleAction.update({ where: { id }, data: { status, resourceIds, message, finishedAt: clock.now() } })
}

/** The credentials' own account acts with them; another linked account through its member role. */
class AccountClients {
  private own: Promise<string> | undefined
  private readonly members = new Map<string, AwsClients>()

  constructor(private readonly deps: RunDueDeps) {}

  async of(accountId: string): Promise<AwsClients> {
    this.own ??= callerAccountId(this.deps.aws)
    if ((await this.own) === accountId) return this.deps.aws
    if (!this.deps.memberRoleName)
      throw new ServerActionError(
        accountId,
        `account ${accountId} is not the credentials' own: set FINOPS_AWS_MEMBER_ROLE_NAME to act in it through its role`,
      )
    let clients = this.members.get(accountId)
    if (!clients) this.members.set(accountId, (clients = memberAccountClients(accountId, this.deps.memberRoleName)))
    return clients
  }

  destroy() {
    for (const clients of this.members.values()) clients.destroy()
  }
}
