// Exchange rates: what finance enters (PUT /api/fx-rates/{month}), imports (POST /api/fx-rates/import, CSV) and
// reads (GET /api/fx-rates). One schema for a rate's fields whichever way it arrives, so a CSV row and a JSON body
// are refused for the same reasons in the same words.
import { z } from 'zod'
import { isKrwPerUsd } from '@/lib/domain/fx/krw'
import { defineOperation } from '@/lib/openapi/define-operation'
import { isoDay, isoMonth } from './common'

export const krwPerUsd = z
  .string()
  .refine(
    isKrwPerUsd,
    'expected the won per US dollar as a decimal string such as "1385.20" (positive, at most 6 decimals, below 100000)',
  )
  .meta({ description: 'Won per US dollar, as a decimal string (exact; at most 6 decimals).', example: '1385.20' })

const rateFields = {
  krwPerUsd,
  source: z
    .string()
    .trim()
    .min(1, 'say where the rate comes from (e.g. "AWS invoice 2026-11" or "company fixed rate")')
    .max(200)
    .meta({ description: 'Where the rate comes from, shown beside every won figure.', example: 'AWS invoice 2026-11' }),
  asOf: isoDay.optional().meta({ description: 'The day the rate was set or published. Default: today (UTC).' }),
}

export const putFxRateBody = z.strictObject(rateFields).meta({ id: 'FxRateInput' })
export type PutFxRateBody = z.output<typeof putFxRateBody>

export const fxRateParams = z.object({ month: isoMonth })

/** A row of a rates CSV, after its header names are mapped to the fields (month, krw_per_usd, source, as_of). */
export const fxRateCsvRow = z.strictObject({ month: isoMonth, ...rateFields })

export const fxRateDto = z
  .object({
    month: isoMonth,
    krwPerUsd: z.string().meta({ example: '1385.2' }),
    source: z.string(),
    asOf: isoDay,
    enteredBy: z
      .string()
      .nullable()
      .meta({ description: 'Who entered it last; null for a rate entered before sign-in existed.' }),
    enteredAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'FxRate' })
export type FxRateDto = z.infer<typeof fxRateDto>

export const fxRatesResponse = z
  .object({ rates: z.array(fxRateDto).meta({ description: 'Every recorded month, oldest first.' }) })
  .meta({ id: 'FxRates' })

export const fxRatesImportResponse = z
  .object({
    imported: z.number().int().meta({ description: 'Months written (new or replaced).' }),
    rates: z.array(fxRateDto),
  })
  .meta({ id: 'FxRatesImport' })

/** Columns of a rates CSV, as finance writes them; as_of may be left out (today). */
export const FX_CSV_COLUMNS = { month: 'month', krw_per_usd: 'krwPerUsd', source: 'source', as_of: 'asOf' } as const

export const fxRatesOperations = [
  defineOperation({
    method: 'get',
    path: '/api/fx-rates',
    permission: 'read',
    summary: 'The recorded KRW per USD rate of each month, with its source, date and who entered it',
    tags: ['fx-rates'],
    responses: { 200: { description: 'The rates.', schema: fxRatesResponse } },
  }),
  defineOperation({
    method: 'put',
    path: '/api/fx-rates/{month}',
    permission: 'fx-rates:write',
    summary: "Record a month's KRW per USD rate (the invoice's, or the company's fixed monthly rate)",
    description:
      'Creates or replaces the month’s rate. Every won figure of the month is its USD amount × this rate, rounded to the won once, at display or export.',
    tags: ['fx-rates'],
    pathParams: fxRateParams,
    body: putFxRateBody,
    responses: { 200: { description: 'The recorded rate.', schema: fxRateDto } },
  }),
  defineOperation({
    method: 'post',
    path: '/api/fx-rates/import',
    permission: 'fx-rates:write',
    summary: 'Record several months’ rates from a CSV file',
    description:
      `A header row with ${Object.keys(FX_CSV_COLUMNS).join(', ')} (as_of may be left out: today), one row per month, UTF-8 (a byte order mark is fine). ` +
      'All or nothing: a file with any invalid row, or a month twice, is refused with every problem by line, and no rate is written.',
    tags: ['fx-rates'],
    rawBody: { contentTypes: ['text/csv'], description: 'The CSV file, at most 256 KiB.' },
    responses: { 200: { description: 'The months written.', schema: fxRatesImportResponse } },
  }),
]
