// The schedules API: servers that sleep. The zod schemas check the contract's shape only; what the domain knows
// (clock times, IANA zones, exception rules, group dependencies and cycles) is checked by parseSchedule
// (lib/domain/schedules), whose ScheduleDefinitionError is a 400 listing every problem.
import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { EXCEPTION_KINDS, SCHEDULE_LIMITS, WEEKDAYS } from '@/lib/domain/schedules/schedule-definition'
import { amount, idParam } from './common'
import { extendLinkQuery, schedulePlanQuery, scheduleSavingsQuery } from './schedules-query'

const text = (max: number) => z.string().max(max)
const clockTime = z
  .string()
  .max(5)
  .meta({ description: 'HH:MM, 00:00 to 23:59, in the schedule’s time zone.', example: '09:30' })

const period = z.object({
  days: z.array(z.enum(WEEKDAYS)).max(7),
  start: clockTime,
  stop: clockTime.meta({ description: 'A stop at or before the start is the next day (overnight).' }),
})

const exception = z.object({
  date: z.string().max(10).meta({ description: 'A local date, YYYY-MM-DD.', example: '2026-12-22' }),
  kind: z.enum(EXCEPTION_KINDS).meta({
    description:
      '`off`: nothing starts that day; `on`: the weekday’s periods run even on a holiday; `times`: the day’s first start and/or last stop move.',
  }),
  start: clockTime.optional(),
  stop: clockTime.optional(),
})

const selector = z.union([
  z
    .object({
      tag: z.object({ key: text(SCHEDULE_LIMITS.tagKeyLength), value: text(SCHEDULE_LIMITS.tagValueLength) }).strict(),
    })
    .strict(),
  z.object({ ids: z.array(text(255)).max(SCHEDULE_LIMITS.idsPerGroup) }).strict(),
])

const group = z.object({
  name: text(SCHEDULE_LIMITS.nameLength),
  select: selector.meta({
    description:
      'The group’s servers: every schedulable server carrying a tag, or AWS ids (instance ids, DB instance or cluster identifiers).',
  }),
  dependsOn: z
    .array(text(SCHEDULE_LIMITS.nameLength))
    .max(SCHEDULE_LIMITS.groups)
    .optional()
    .meta({ description: 'Groups that must be running (and healthy) before this one starts; it stops before them.' }),
})

export const scheduleDefinitionBody = z
  .object({
    name: text(SCHEDULE_LIMITS.nameLength),
    timeZone: z.string().max(64).meta({ description: 'An IANA time zone.', example: 'Asia/Seoul' }),
    periods: z.array(period).max(SCHEDULE_LIMITS.periods),
    holidays: z
      .enum(['KR'])
      .nullable()
      .meta({ description: 'The public-holiday calendar whose days are skipped, or null for none.' }),
    exceptions: z.array(exception).max(SCHEDULE_LIMITS.exceptions).optional(),
    groups: z.array(group).max(SCHEDULE_LIMITS.groups),
    warnMinutes: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Minutes before a stop that a warning goes out (0 to 240, default 10).' }),
  })
  .meta({
    id: 'ScheduleDefinition',
    example: {
      name: 'Development',
      timeZone: 'Asia/Seoul',
      periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:30', stop: '22:00' }],
      holidays: 'KR',
      exceptions: [{ date: '2026-12-22', kind: 'times', stop: '23:30' }],
      groups: [
        { name: 'db', select: { tag: { key: 'Role', value: 'db' } } },
        { name: 'api', select: { ids: ['i-0a1d0000000000002'] }, dependsOn: ['db'] },
      ],
      warnMinutes: 10,
    },
  })

export const scheduleExecuteBody = z
  .object({ execute: z.boolean() })
  .strict()
  .meta({ id: 'ScheduleExecution', example: { execute: true } })

export const scheduleIdParams = z.object({ id: idParam })

export const scheduleDto = z
  .object({
    id: z.number().int(),
    name: z.string(),
    timeZone: z.string(),
    periods: z.array(period),
    holidays: z.enum(['KR']).nullable(),
    exceptions: z.array(exception),
    groups: z.array(group.required({ dependsOn: true })),
    warnMinutes: z.number().int(),
    execute: z.boolean().meta({
      description:
        'False (dry-run) until an admin turns execution on: only then are servers really started and stopped.',
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Schedule' })

export type ScheduleDto = z.infer<typeof scheduleDto>

export const plannedActionDto = z.object({
  at: z
    .string()
    .meta({ description: 'ISO 8601 with the schedule’s own offset.', example: '2026-12-22T09:30:00+09:00' }),
  group: z.string(),
  resourceIds: z
    .array(z.string())
    .meta({ description: 'The group’s servers: schedulable servers carrying its tag, or the ids it lists.' }),
  action: z.enum(['start', 'stop']),
})

export const schedulePlanResponse = z
  .object({
    actions: z
      .array(plannedActionDto)
      .meta({ description: 'In execution order: groups start in dependency order and stop in reverse.' }),
    unknownDays: z
      .array(z.object({ date: z.string(), reason: z.string() }))
      .meta({ description: 'Dates whose public holidays are not known yet: no actions are planned on them.' }),
  })
  .meta({ id: 'SchedulePlan' })

const hours = z
  .string()
  .regex(/^\d+(\.\d+)?$/)
  .meta({ example: '469' })

const serverSavings = z.object({
  id: z.string(),
  group: z.string(),
  kind: z.enum(['ec2', 'rds', 'aurora']),
  hourlyUsd: amount.nullable(),
  hoursOff: hours,
  savedUsd: amount
    .nullable()
    .meta({ description: 'hoursOff × hourlyUsd, exact; null when the rate card has no rate (`missing` says which).' }),
  formula: z.string().nullable().meta({ example: '469 h × $0.0208/h = $9.7552' }),
  missing: z.string().nullable(),
})

export const scheduleSavingsResponse = z
  .object({
    month: z.string(),
    hoursInMonth: hours.meta({ description: 'The month’s elapsed hours in the schedule’s time zone.' }),
    hoursRunning: hours,
    hoursOff: hours,
    formula: z.string(),
    servers: z
      .array(serverSavings)
      .meta({ description: 'Every server the groups select now, once each (under the first group that selects it).' }),
    totalUsd: amount.meta({
      description: 'The priced servers’ savings, summed exactly (round to cents only to show).',
    }),
    keepsBilling: z
      .array(z.object({ kind: z.enum(['ec2', 'rds', 'aurora']), items: z.array(z.string()) }))
      .meta({ description: 'What keeps billing while the servers are stopped: shown, never counted as saved.' }),
  })
  .meta({ id: 'ScheduleSavings' })

export type ScheduleSavingsResponse = z.infer<typeof scheduleSavingsResponse>

export const extendLinkResponse = z
  .object({
    path: z.string().meta({
      description:
        'The page that extends the date’s stop, with its signed token: put it after FINOPS_PUBLIC_URL in a warning.',
    }),
    expiresAt: z.string().meta({ description: 'Noon the day after the date, in the schedule’s time zone.' }),
  })
  .meta({ id: 'ScheduleExtendLink' })

export const extendStopBody = z
  .object({
    token: z.string().min(1).max(2000),
    stop: clockTime.optional().meta({ description: 'The new stop, HH:MM (at or before the start: the next day).' }),
    addMinutes: z.number().int().optional().meta({ description: 'Or minutes after the planned stop (1 to 1439).' }),
  })
  .strict()
  .refine((body) => (body.stop === undefined) !== (body.addMinutes === undefined), 'give either stop or addMinutes')
  .meta({ id: 'ScheduleExtendStop', example: { token: '…', addMinutes: 60 } })

export const extendStopResponse = z
  .object({
    scheduleId: z.number().int(),
    name: z.string(),
    date: z.string(),
    exception: exception,
    previousStop: z.string().nullable(),
    stop: z.string().meta({ description: 'The date’s new stop, ISO 8601 with the schedule’s offset.' }),
  })
  .meta({ id: 'ScheduleExtension' })

export type ExtendStopResponse = z.infer<typeof extendStopResponse>

export const scheduleOperations = [
  defineOperation({
    method: 'post',
    path: '/api/schedules',
    permission: 'schedules:write',
    summary: 'Create a schedule (dry-run until an admin turns execution on)',
    description:
      'Every problem of the definition is answered at once (400), including dependency cycles ("db → api → db").',
    tags: ['schedules'],
    body: scheduleDefinitionBody,
    responses: { 201: { description: 'Created, with `execute: false`.', schema: scheduleDto } },
  }),
  defineOperation({
    method: 'get',
    path: '/api/schedules',
    permission: 'read',
    summary: 'Every schedule',
    tags: ['schedules'],
    responses: {
      200: { description: 'By name.', schema: z.object({ schedules: z.array(scheduleDto) }).meta({ id: 'Schedules' }) },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/schedules/{id}',
    permission: 'read',
    summary: 'One schedule',
    tags: ['schedules'],
    pathParams: scheduleIdParams,
    responses: {
      200: { description: 'The schedule.', schema: scheduleDto },
      404: { description: 'No such schedule.' },
    },
  }),
  defineOperation({
    method: 'put',
    path: '/api/schedules/{id}',
    permission: 'schedules:write',
    summary: 'Change a schedule’s definition',
    description:
      'The whole definition, checked like a new one: every problem is answered at once (400), dependency cycles included, and nothing changes then. Whether it executes and its history stay.',
    tags: ['schedules'],
    pathParams: scheduleIdParams,
    body: scheduleDefinitionBody,
    responses: {
      200: { description: 'The schedule.', schema: scheduleDto },
      404: { description: 'No such schedule.' },
    },
  }),
  defineOperation({
    method: 'patch',
    path: '/api/schedules/{id}',
    permission: 'schedules:execute',
    summary: 'Turn a schedule’s execution on or off (admins only)',
    description:
      'With `execute: true` the worker and `npm run schedules -- run-due` really start and stop its servers; with false they only say what they would do.',
    tags: ['schedules'],
    pathParams: scheduleIdParams,
    body: scheduleExecuteBody,
    responses: {
      200: { description: 'The schedule.', schema: scheduleDto },
      404: { description: 'No such schedule.' },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/schedules/{id}/plan',
    permission: 'read',
    summary: 'The planned starts and stops between two local dates (both inclusive), holidays and exceptions applied',
    tags: ['schedules'],
    pathParams: scheduleIdParams,
    query: schedulePlanQuery,
    queryDescriptions: {
      from: 'First local date (inclusive).',
      to: 'Last local date (inclusive); at most 366 days after `from`.',
    },
    responses: {
      200: { description: 'In execution order.', schema: schedulePlanResponse },
      404: { description: 'No such schedule.' },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/schedules/{id}/savings',
    permission: 'read',
    summary: 'Expected savings in a month: hours off by the plan × each server’s on-demand hourly price',
    description:
      'What keeps billing while stopped (storage, backups, public IPv4) is listed and not counted. 422 for a month whose public holidays are not published yet.',
    tags: ['schedules'],
    pathParams: scheduleIdParams,
    query: scheduleSavingsQuery,
    queryDescriptions: { month: 'The month, YYYY-MM.' },
    responses: {
      200: { description: 'Per server, with the formula.', schema: scheduleSavingsResponse },
      404: { description: 'No such schedule.' },
      422: { description: 'The month’s public holidays are not known yet.' },
    },
  }),
  defineOperation({
    method: 'get',
    path: '/api/schedules/{id}/extend-link',
    permission: 'schedules:write',
    summary: 'The signed link a stop warning carries: it extends that date’s stop',
    tags: ['schedules'],
    pathParams: scheduleIdParams,
    query: extendLinkQuery,
    queryDescriptions: { date: 'The schedule’s local date whose stop the link extends.' },
    responses: {
      200: { description: 'The link.', schema: extendLinkResponse },
      404: { description: 'No such schedule.' },
    },
  }),
  defineOperation({
    method: 'post',
    path: '/api/schedules/extend',
    permission: 'schedules:write',
    summary: 'Extend a date’s stop from a warning’s signed link (by minutes, or to a time)',
    description:
      'Stores a `times` exception for the link’s date. 403 for a link that was changed or has expired; 400 for a stop that is not later than the planned one or a date on which nothing runs.',
    tags: ['schedules'],
    body: extendStopBody,
    responses: {
      200: { description: 'The new stop.', schema: extendStopResponse },
      403: { description: 'The link is not valid or has expired.' },
      404: { description: 'The schedule no longer exists.' },
    },
  }),
]
