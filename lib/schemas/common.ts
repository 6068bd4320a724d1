// Shared request/response pieces. Dates are inclusive calendar days (YYYY-MM-DD, UTC); amounts are decimal
// strings so that no client ever parses money into a float by accident.
import { z } from 'zod'
import { daysBetweenInclusive, isIsoDay, isIsoMonth } from '@/lib/domain/calendar'

export const isoDay = z
  .string()
  .refine(isIsoDay, { message: 'expected a calendar date as YYYY-MM-DD' })
  .meta({ format: 'date', example: '2026-02-01' })

export const isoMonth = z.string().refine(isIsoMonth, { message: 'expected a month as YYYY-MM' }).meta({ example: '2026-02' })

export const amount = z.string().regex(/^-?\d+(\.\d+)?$/).meta({ description: 'USD amount as an exact decimal string', example: '11.52' })

/** `from` and `to` inclusive, at most `maxDays` long. */
export function dateRange(maxDays = 800) {
  return z
    .object({ from: isoDay, to: isoDay })
    .refine((range) => range.from <= range.to, { message: '`from` must not be after `to`', path: ['to'] })
    .refine((range) => range.from > range.to || daysBetweenInclusive(range.from, range.to) <= maxDays, {
      message: `the range may cover at most ${maxDays} days`,
      path: ['to'],
    })
}

export const errorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: 'Error' })
