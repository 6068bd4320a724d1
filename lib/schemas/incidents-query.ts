// The incidents' URL (GET /api/incidents and the Anomalies page) and what it filters and sorts on (parsed in the
// browser too, so no documentation here: the parameters are described beside the operation in ./incidents.ts).
import { z } from 'zod'
import { anomaliesQueryFields } from './anomalies-query'
import { checkDayRange } from './common'

export const incidentSort = z.enum(['extraCost', 'exposure', 'period'])

/** The anomalies' filters (an incident is filtered by its detections' fields), with the incidents' own sort. */
export const incidentsQueryFields = {
  ...anomaliesQueryFields,
  sort: incidentSort.default('extraCost'),
}

export const incidentsQuery = z.object(incidentsQueryFields).superRefine(checkDayRange())
