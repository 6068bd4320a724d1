// What `npm run schedules -- run-due` (and later the worker) does at an instant: every schedule's actions due in
// the 5 minutes up to and including `now`, in execution order. A dry-run schedule only says what it would do and
// changes nothing. An executing one claims each action once in schedule_action (its unique key: schedule,
// instant, action, group), so two processes never act twice; starts its groups in dependency order, each
// waiting until the groups before it are running with status checks OK or available; stops in reverse. A
// failure stops the rest of that chain (they are recorded as skipped), keeps what runs running, and says which
// server failed and why. Outside its periods, an executing schedule also stops again the DB instances and Aurora
// clusters that RDS started on its own (RDS starts a DB that has been stopped for 7 days). A start AWS refuses is
// tried again (startRetry) before its chain fails. What people must hear about goes to the alert rules that ask
// for schedule alerts (schedule_alert): a warning warnMinutes before each stop with the link that extends it, a
// start or stop that failed, a database stopped again.
import 'server-only'
import type { AwsClients } from '@/lib/aws/clients'
import { callerAccountId, memberAccountClients } from '@/lib/aws/member-accounts'
import {
  ServerActionError,
  type WaitSettings,
  availableDatabases,
  startStopServers,
} from '@/lib/aws/servers/start-stop-servers'
import { addDaysTo } from '@/lib/domain/calendar'
import { UnknownHolidayYearError } from '@/lib/domain/holidays/holiday-calendar'
import { dueActions } from '@/lib/domain/schedules/due-actions'
import { plannedStop } from '@/lib/domain/schedules/extend-stop'
import { startOrder } from '@/lib/domain/schedules/group-order'
import { isWithinPeriod } from '@/lib/domain/schedules/is-within-period'
import { type PlannedAction, planActions } from '@/lib/domain/schedules/plan-actions'
import { groupMembers } from '@/lib/domain/servers/group-members'
import type { ServerKind } from '@/lib/domain/servers/schedulable'
import { zoneAbbreviation } from '@/lib/domain/time-zone/zone-label'
import { localDay, zonedIso } from '@/lib/domain/time-zone/zoned-time'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { extendLink } from './extend-link'
import { recordScheduleAlert } from './schedule-alerts'
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
  /** A refused start is tried `attempts` times in all, `delaySeconds` apart, before its chain fails. */
  startRetry: { attempts: number; delaySeconds: number }
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
  if (loaded.execute) await warnOfStops(deps, loaded, inventory)
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
      await attempt(action.action === 'start' ? deps.startRetry : { attempts: 1, delaySeconds: 0 }, () =>
        act(deps, clients, members.servers, action.action),
      )
      await finish(deps.db, claimed, 'succeeded', resourceIds, null)
      report('succeeded', null)
    } catch (error) {
      failedChain = chain
      const message = error instanceof Error ? error.message : String(error)
      await finish(deps.db, claimed, 'failed', resourceIds, message)
      report('failed', message)
      await recordScheduleAlert(deps.db, {
        scheduleId: loaded.id,
        kind: action.action === 'start' ? 'start-failed' : 'stop-failed',
        at: new Date(action.at),
        group: action.group,
        resourceIds,
        message: `${action.action === 'start' ? 'Starting' : 'Stopping'} ${action.group} (planned ${action.at}) failed: ${message}. What runs keeps running; the groups after it were not ${action.action === 'start' ? 'started' : 'stopped'}.`,
        now: deps.now,
      })
    }
  }
  if (loaded.execute) outcomes.push(...(await restopRestarted(deps, loaded, inventory, clients)))
  return outcomes
}

const DAY_MS = 86_400_000

/**
 * Outside the schedule's periods, its DB instances and Aurora clusters that this schedule stopped last (its latest
 * start or stop of their group was a stop that succeeded) but that are `available` again: RDS started them on its
 * own after 7 days stopped (or someone did). Each is stopped again, at most once per group and minute across
 * processes (schedule_action `restop`), and the history says so.
 */
async function restopRestarted(
  deps: RunDueDeps,
  loaded: LoadedSchedule,
  inventory: Inventory,
  clients: AccountClients,
): Promise<ActionOutcome[]> {
  const { schedule } = loaded
  try {
    if (isWithinPeriod(schedule, deps.now, scheduleCalendar(schedule))) return []
  } catch (error) {
    if (error instanceof UnknownHolidayYearError) return []
    throw error
  }
  const outcomes: ActionOutcome[] = []
  const minute = new Date(Math.floor(deps.now.getTime() / 60_000) * 60_000)
  for (const groupName of startOrder(schedule.groups).reverse()) {
    const group = schedule.groups.find((candidate) => candidate.name === groupName)!
    const databases = groupMembers(group.select, inventory).servers.filter(
      (server) => server.schedulable && server.kind !== 'ec2',
    )
    if (databases.length === 0) continue
    const lastStop = await deps.db.scheduleAction.findFirst({
      where: { scheduleId: loaded.id, groupName, action: { in: ['start', 'stop'] } },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
    })
    if (lastStop?.action !== 'stop' || lastStop.status !== 'succeeded') continue
    const action: PlannedAction = {
      at: zonedIso(minute.getTime(), schedule.timeZone),
      group: groupName,
      action: 'stop',
    }
    let restarted: Inventory = []
    try {
      restarted = await restartedAmong(clients, databases)
      if (restarted.length === 0) continue
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      deps.log(`failed      ${schedule.name} #${loaded.id} checking ${groupName} for restarted databases: ${message}`)
      continue
    }
    const resourceIds = restarted.map((server) => server.id)
    const claimed = await claimRow(deps, loaded.id, minute, 'restop', groupName)
    if (claimed === null) continue
    const days = Math.floor((deps.now.getTime() - lastStop.at.getTime()) / DAY_MS)
    const seen = `${resourceIds.join(', ')} running again ${days} day(s) after this schedule stopped it at ${zonedIso(lastStop.at.getTime(), schedule.timeZone)}, outside its periods (RDS starts a DB stopped for 7 days)`
    let status: 'succeeded' | 'failed' = 'succeeded'
    let message = `${seen}; stopped again`
    try {
      await act(deps, clients, restarted, 'stop')
    } catch (error) {
      status = 'failed'
      message = `${seen}; stopping it again failed: ${error instanceof Error ? error.message : String(error)}`
    }
    await finish(deps.db, claimed, status, resourceIds, message)
    await recordScheduleAlert(deps.db, {
      scheduleId: loaded.id,
      kind: status === 'succeeded' ? 'restopped' : 'stop-failed',
      at: minute,
      group: groupName,
      resourceIds,
      message,
      now: deps.now,
    })
    outcomes.push({ scheduleId: loaded.id, action, resourceIds, status, message })
    deps.log(`${status.padEnd(11)} ${schedule.name} #${loaded.id} ${action.at} restop ${groupName}: ${message}`)
  }
  return outcomes
}

/**
 * A warning for each stop of an executing schedule that comes within its warnMinutes, once per stop instant, with
 * the link that extends that date's stop. A stop moved later by an extension is a new instant: warned of again.
 */
async function warnOfStops(deps: RunDueDeps, loaded: LoadedSchedule, inventory: Inventory) {
  const { schedule } = loaded
  if (schedule.warnMinutes === 0) return
  const now = deps.now.getTime()
  const today = localDay(now, schedule.timeZone)
  const calendar = scheduleCalendar(schedule)
  const plan = planActions(schedule, { from: addDaysTo(today, -1), to: addDaysTo(today, 1), calendar })
  const stops = plan.actions.filter((action) => action.action === 'stop')
  for (const at of new Set(stops.map((action) => action.at))) {
    const instant = Date.parse(at)
    if (!(instant > now && instant - schedule.warnMinutes * 60_000 <= now)) continue
    // The link extends the stop of the date its run started on (an overnight run's is the day before).
    const date = [addDaysTo(today, -1), today].find((day) => {
      try {
        return plannedStop(schedule, day, calendar) === instant
      } catch {
        return false
      }
    })
    const groups = stops
      .filter((action) => action.at === at)
      .map((action) => {
        const group = schedule.groups.find((candidate) => candidate.name === action.group)!
        const ids = groupMembers(group.select, inventory).servers.map((server) => server.id)
        return { name: action.group, ids }
      })
    const when = `${at.slice(11, 16)} ${zoneAbbreviation(schedule.timeZone, instant)} on ${at.slice(0, 10)}`
    const minutes = Math.ceil((instant - now) / 60_000)
    const message = `The servers stop at ${when}, in ${minutes} minute(s): ${groups
      .map((group) => `${group.name} (${group.ids.join(', ') || 'no servers'})`)
      .join(', then ')}.${date ? ' Working late? The link moves the stop.' : ''}`
    const recorded = await recordScheduleAlert(deps.db, {
      scheduleId: loaded.id,
      kind: 'stop-warning',
      at: new Date(instant),
      group: '',
      resourceIds: groups.flatMap((group) => group.ids),
      message,
      extendPath: date ? (await extendLink(deps.db, loaded.id, date)).path : null,
      now: deps.now,
    })
    if (recorded) deps.log(`warned      ${schedule.name} #${loaded.id} ${at} stop: ${message}`)
  }
}

/** Runs `step` up to `attempts` times, `delaySeconds` apart; the last failure is thrown, saying how many tries. */
async function attempt(policy: { attempts: number; delaySeconds: number }, step: () => Promise<void>) {
  for (let tried = 1; ; tried++) {
    try {
      return await step()
    } catch (error) {
      if (tried >= policy.attempts) {
        if (policy.attempts > 1 && error instanceof Error) error.message += ` (after ${tried} attempts)`
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, policy.delaySeconds * 1000))
    }
  }
}

/** The databases among `servers` that are available now, asked per account and region. */
async function restartedAmong(clients: AccountClients, servers: Inventory): Promise<Inventory> {
  const found: Inventory = []
  for (const place of byPlace(servers)) {
    const { accountId, region } = place[0]!
    const available = await availableDatabases(
      await clients.of(accountId),
      region,
      place.map((server) => ({ kind: server.kind as ServerKind, id: server.id })),
    )
    found.push(...place.filter((server) => available.some((database) => database.id === server.id)))
  }
  return found
}

/** Servers by account and region, in the order first seen. */
function byPlace(servers: Inventory): Inventory[] {
  const places = new Map<string, Inventory>()
  for (const server of servers)
    places.set(`${server.accountId}/${server.region}`, [
      ...(places.get(`${server.accountId}/${server.region}`) ?? []),
      server,
    ])
  return [...places.values()]
}

/** The group's servers by account and region, each set started or stopped together. */
async function act(deps: RunDueDeps, clients: AccountClients, servers: Inventory, action: 'start' | 'stop') {
  await Promise.all(
    byPlace(servers).map(async (place) => {
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
  return claimRow(deps, scheduleId, new Date(action.at), action.action, action.group)
}

async function claimRow(
  deps: RunDueDeps,
  scheduleId: number,
  at: Date,
  action: 'start' | 'stop' | 'restop',
  group: string,
): Promise<number | null> {
  const rows = await deps.db.$queryRaw<{ id: number }[]>`
    INSERT INTO schedule_action (schedule_id, at, action, group_name, status, trigger, started_at)
    VALUES (${scheduleId}, ${at}, ${action}, ${group}, 'running', ${deps.trigger}, ${deps.now})
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
