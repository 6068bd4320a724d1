// The month-end forecast (GET /api/forecast): month-to-date actual and where the month will end, with its 80% band,
// for the total or per service, team or account, and how far the forecast was off last month.
import { z } from 'zod'
import { defineOperation } from '@/lib/openapi/define-operation'
import { amount, isoDay, isoMonth } from './common'
import { forecastQuery } from './forecast-query'

export const forecastGroup = z.object({
  key: z.string().meta({
    description: '`total` without grouping; the service, team (`unallocated` for what no rule places) or account id.',
  }),
  actualToDate: amount,
  forecast: amount,
  low: amount.meta({ description: 'Lower bound of the 80% band.' }),
  high: amount.meta({ description: 'Upper bound of the 80% band.' }),
})

export const forecastResponse = z
  .object({
    month: isoMonth,
    groupBy: z.enum(['none', 'service', 'team', 'account']),
    asOf: isoDay.nullable().meta({ description: 'The last day with cost data the forecast knows; null without any.' }),
    method: z.string(),
    estimatedDays: z.array(isoDay).meta({
      description:
        'Days of the month Cost Explorer still marks estimated; the last two of them are counted at least as recorded, not taken as final.',
    }),
    calendarKnown: z.boolean().meta({
      description:
        'False when a remaining day’s year has no published Korean holiday calendar (taken as ordinary days).',
    }),
    groups: z.array(forecastGroup),
    backtest: z
      .object({
        month: isoMonth,
        forecastOnDay: z.object({ 7: amount, 14: amount, 21: amount }),
        runRateOnDay: z.object({ 7: amount, 14: amount, 21: amount }),
        actual: amount,
      })
      .nullable()
      .meta({
        description:
          'The previous month replayed as if on day 7, 14 and 21, against what it cost (the total); null without that month’s data.',
      }),
  })
  .meta({ id: 'Forecast' })
export type ForecastResponse = z.output<typeof forecastResponse>

export const forecastOperations = [
  defineOperation({
    method: 'get',
    path: '/api/forecast',
    permission: 'read',
    summary:
      'Where the month will end: month-to-date actual, the forecast and its 80% band, in total or per service, team or account',
    description:
      'Each remaining day is forecast from the same kind of day over recent weeks (Korean public holidays as Sundays) and the recent trend; the band resamples the model’s recent errors. ' +
      'A finished month’s forecast is its actual. The backtest replays the previous month.',
    tags: ['forecast'],
    query: forecastQuery,
    queryDescriptions: {
      month: 'The month (YYYY-MM); default the month of the latest cost data.',
      groupBy: 'none (default), service, team or account.',
    },
    responses: { 200: { description: 'The forecast.', schema: forecastResponse } },
  }),
]
