// The holiday calendar: Korea's public holidays of a year with the organisation's own days off on top
// (GET /api/holidays), and those days off (POST /api/company-days-off, DELETE /api/company-days-off/{id}).
import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { idParam, isoDay } from './common'
import { holidaysQuery } from './holidays-query'

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

export const companyDayOffBody = z
  .strictObject({
    name: z.string().trim().min(1, 'name the day off').max(100),
    day: isoDay.optional().meta({ description: 'A one-off day off: its date.' }),
    monthDay: z
      .string()
      .regex(MONTH_DAY, 'expected a month and day as MM-DD')
      .refine(
        (value) => value !== '02-30' && value !== '02-31' && !['04-31', '06-31', '09-31', '11-31'].includes(value),
        'no month has that day',
      )
      .optional()
      .meta({ description: 'A day off every year: MM-DD (02-29 is skipped outside leap years).', example: '03-15' }),
  })
  .refine((body) => (body.day === undefined) !== (body.monthDay === undefined), {
    message: 'give either `day` (once) or `monthDay` (every year), not both',
  })
  .meta({ id: 'CompanyDayOffInput' })

export type CompanyDayOffBody = z.output<typeof companyDayOffBody>

export const companyDayOffParams = z.object({ id: idParam })

export const companyDayOffDto = z
  .object({
    id: z.number().int(),
    name: z.string(),
    day: isoDay.nullable(),
    monthDay: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CompanyDayOff' })
export type CompanyDayOffDto = z.infer<typeof companyDayOffDto>

const holiday = z.object({
  day: isoDay,
  names: z
    .array(z.string())
    .meta({ description: 'The gazette’s Korean names, or the organisation’s name for its day off.' }),
  kind: z.string().meta({
    description:
      'What the holiday is (seollal, chuseok, election, … or company), for pages to name it in each language.',
  }),
  substitute: z.boolean().meta({ description: 'A substitute day (대체공휴일).' }),
  source: z.enum(['public', 'company']),
})

export const holidaysResponse = z
  .object({
    calendar: z.literal('KR'),
    year: z.number().int(),
    known: z.boolean().meta({
      description: 'Whether the year’s public holidays are published in the dataset; an unknown year is never guessed.',
    }),
    unknownReason: z.string().nullable(),
    holidays: z
      .array(holiday)
      .nullable()
      .meta({ description: 'Every day off of the year in date order; null for an unknown year.' }),
    source: z.string().meta({ description: 'Where the public holidays come from.' }),
    companyDaysOff: z
      .array(companyDayOffDto)
      .meta({ description: 'Every day off the organisation added, of any year.' }),
  })
  .meta({ id: 'Holidays' })

export const holidaysOperations = [
  defineOperation({
    method: 'get',
    path: '/api/holidays',
    permission: 'read',
    summary:
      'Korea’s public holidays of a year (substitute days, election days and 노동절 included) with the company’s own days off',
    description:
      'A year the public dataset does not cover yet is answered known: false, with no holidays: never guessed.',
    tags: ['holidays'],
    query: holidaysQuery,
    queryDescriptions: { year: 'The year (2000–2099).' },
    responses: { 200: { description: 'The year’s days off.', schema: holidaysResponse } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/company-days-off',
    permission: 'settings:write',
    summary: 'Add a company day off: every year on a month-day, or once on a date',
    tags: ['holidays'],
    body: companyDayOffBody,
    responses: { 201: { description: 'Added.', schema: companyDayOffDto } },
  }),
  defineOperation({
    method: 'delete',
    path: '/api/company-days-off/{id}',
    permission: 'settings:write',
    summary: 'Remove a company day off',
    tags: ['holidays'],
    pathParams: companyDayOffParams,
    responses: { 204: { description: 'Removed.' }, 404: { description: 'No such day off.' } },
  }),
]
