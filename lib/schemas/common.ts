// Shared request/response pieces. Dates are inclusive calendar days (YYYY-MM-DD, UTC) inside the supported
// calendar (lib/domain/calendar: SUPPORTED_DAYS); amounts are decimal strings so that no client ever parses
// money into a float by accident; ids are PostgreSQL integers.
import { z } from 'zod'
import {
  SUPPORTED_DAYS_MESSAGE,
  SUPPORTED_MONTHS_MESSAGE,
  daysBetweenInclusive,
  isIsoDay,
  isIsoMonth,
  isSupportedDay,
  isSupportedMonth,
} from '@/lib/domain/calendar'
import { isAccountId, isRegionCode } from '@/lib/domain/aws-ids'

export const isoDay = z
  .string()
  .refine(isIsoDay, { message: 'expected a calendar date as YYYY-MM-DD', abort: true })
  .refine(isSupportedDay, { message: SUPPORTED_DAYS_MESSAGE })
  .meta({ format: 'date', example: '2026-02-01' })

export const isoMonth = z
  .string()
  .refine(isIsoMonth, { message: 'expected a month as YYYY-MM', abort: true })
  .refine(isSupportedMonth, { message: SUPPORTED_MONTHS_MESSAGE })
  .meta({ pattern: '^\\d{4}-\\d{2}$', example: '2026-02' })

export const amount = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ example: '11.52' })

export const accountId = z
  .string()
  .refine(isAccountId, 'expected a 12-digit AWS account id')
  .meta({ pattern: '^\\d{12}$', example: '123456789012' })

/** An account's name as AWS (or an import) reports it; its id when no name is known. */
export const accountName = z.string()

/** An account to choose from: its id and name. */
export const accountRef = z.object({ id: z.string(), name: accountName })

export const regionCode = z
  .string()
  .refine(isRegionCode, 'expected a region code such as us-east-1')
  .meta({ example: 'ap-northeast-2' })

/** The longest range any date-range parameter may cover (costs, functions, ingestion windows). */
export const MAX_RANGE_DAYS = 800

/** PostgreSQL `integer`: ids above this cannot exist and must never reach SQL. */
export const MAX_ID = 2_147_483_647

/** An id in a path or query string: digits only (no `1e3`, `0x10`, ` 7`), within PostgreSQL's integer. */
export const idParam = z
  .string()
  .regex(/^\d{1,30}$/, 'expected an id (a positive whole number)')
  .transform(Number)
  .pipe(
    z.number().int().min(1, 'expected an id (a positive whole number)').max(MAX_ID, `no id is larger than ${MAX_ID}`),
  )
  .meta({ example: '42' })

/** An id in a JSON body. */
export const idField = z
  .number()
  .int('expected an id (a positive whole number)')
  .min(1, 'expected an id (a positive whole number)')
  .max(MAX_ID, `no id is larger than ${MAX_ID}`)

/**
 * `from` not after `to`, and at most `maxDays` long; checked only when both are valid supported days (their own
 * issues already say what is wrong otherwise). For `.superRefine()` on a schema with `from` and `to`.
 */
export function checkDayRange(maxDays = MAX_RANGE_DAYS) {
  return (range: { from?: string; to?: string }, context: z.RefinementCtx) => {
    const { from, to } = range
    if (!from || !to || !isSupportedDay(from) || !isSupportedDay(to)) return
    if (from > to) context.addIssue({ code: 'custom', path: ['to'], message: '`from` must not be after `to`' })
    else if (daysBetweenInclusive(from, to) > maxDays)
      context.addIssue({ code: 'custom', path: ['to'], message: `the range may cover at most ${maxDays} days` })
  }
}

/** `from` and `to` inclusive, both required, at most `maxDays` long. */
export function dateRange(maxDays = MAX_RANGE_DAYS) {
  return z.object({ from: isoDay, to: isoDay }).superRefine(checkDayRange(maxDays))
}

export const errorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: 'Error' })
