// The forecast's URL (parsed in the browser too, so no documentation here: see ./forecast.ts).
import { z } from 'zod'
import { isoMonth } from './common'

export const FORECAST_GROUP_BY = ['none', 'service', 'team', 'account'] as const
export type ForecastGroupBy = (typeof FORECAST_GROUP_BY)[number]

export const forecastQuery = z.object({
  month: isoMonth.optional(),
  groupBy: z.enum(FORECAST_GROUP_BY).default('none'),
})
