// The Anomalies route's URL and the values it filters on (parsed in the browser too, so no documentation here: the
// parameters are described beside the operations in ./anomalies.ts).
import { z } from 'zod'
import { ANOMALY_KINDS, SEVERITIES } from '@/lib/domain/anomalies/types'
import { accountId, checkDayRange, idParam, isoDay } from './common'

export const anomalyKind = z.enum(ANOMALY_KINDS)
export const severity = z.enum(SEVERITIES)
export const anomalyStatus = z.enum(['open', 'acknowledged', 'muted'])

/** A query parameter that may repeat (`kind=a&kind=b`). */
export function repeated<T extends z.ZodType>(item: T) {
  return z
    .preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item))
    .optional()
}

export const anomaliesQueryFields = {
  from: isoDay.optional(),
  to: isoDay.optional(),
  kind: repeated(anomalyKind),
  minSeverity: severity.optional(),
  accountId: accountId.optional(),
  functionId: idParam.optional(),
  status: anomalyStatus.optional(),
  sort: z.enum(['period', 'impact']).default('period'),
}

export const anomaliesQuery = z.object(anomaliesQueryFields).superRefine(checkDayRange())
