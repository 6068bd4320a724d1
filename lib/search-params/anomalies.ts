// The Anomalies route's URL: `GET /api/anomalies` takes the filters; the `/anomalies` page takes the same
// filters plus `open`, the anomaly whose details are expanded.
import { z } from 'zod'
import { anomaliesQuery, anomaliesQueryFields } from '@/lib/schemas/anomalies-query'
import { checkDayRange, idParam } from '@/lib/schemas/common'
import { defineSearchParams } from './define-search-params'

export const anomaliesSearch = defineSearchParams(anomaliesQuery)

export const anomaliesPageSearch = defineSearchParams(
  z.object({ ...anomaliesQueryFields, open: idParam.optional() }).superRefine(checkDayRange()),
)
