// The incidents' URL (GET /api/incidents and the Anomalies page) and what it filters and sorts on (parsed in the
// browser too, so no documentation here: the parameters are described beside the operation in ./incidents.ts).
import { z } from 'zod'
import { anomalyKind, anomalyStatus, repeated, severity } from './anomalies-query'
import { accountId, checkDayRange, idParam, isoDay } from './common'

export const incidentSort = z.enum(['extraCost', 'exposure', 'period'])

export const incidentsQueryFields = {
  from: isoDay.optional(),
  to: isoDay.optional(),
  kind: repeated(anomalyKind),
  minSeverity: severity.optional(),
  accountId: accountId.optional(),
  functionId: idParam.optional(),
  status: anomalyStatus.optional(),
  sort: incidentSort.default('extraCost'),
}

export const incidentsQuery = z.object(incidentsQueryFields).superRefine(checkDayRange())
