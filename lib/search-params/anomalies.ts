// The Anomalies route's URL: `GET /api/anomalies` takes the anomaly filters, `GET /api/incidents` the incident
// filters; the `/anomalies` page lists incidents, so it takes the incident filters plus `open`, the incident whose
// details are expanded.
import { z } from 'zod'
import { anomaliesQuery } from '@/lib/schemas/anomalies-query'
import { checkDayRange, idParam } from '@/lib/schemas/common'
import { incidentsQuery, incidentsQueryFields } from '@/lib/schemas/incidents-query'
import { defineSearchParams } from './define-search-params'

export const anomaliesSearch = defineSearchParams(anomaliesQuery)

export const incidentsSearch = defineSearchParams(incidentsQuery)

export const anomaliesPageSearch = defineSearchParams(
  z.object({ ...incidentsQueryFields, open: idParam.optional() }).superRefine(checkDayRange()),
)
