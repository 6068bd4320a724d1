// The Costs route's URL: `/api/costs` and `/api/exports/costs.csv` take the cost query; the `/costs` page takes
// the same parameters (by day unless the link says otherwise: a month reads best day by day) plus the table's
// `sort`. An invalid link still shows the page: the default view, and a message saying what was wrong.
import { z } from 'zod'
import type { CostQuery } from '@/lib/domain/costs/dimensions'
import { DEFAULT_SORT, type GroupSort, SORT_KEYS, parseSort } from '@/lib/domain/costs/sort-groups'
import {
  checkCostsRange,
  checkTeamGrouping,
  costsQuery,
  costsQueryFields,
  toCostQuery,
} from '@/lib/schemas/costs-query'
import { type RawSearchParams, defineSearchParams } from './define-search-params'

export const costsSearch = defineSearchParams(costsQuery)

const sort = z
  .string()
  .optional()
  .transform((value, context) => {
    const parsed = parseSort(value)
    if (!parsed)
      context.addIssue({
        code: 'custom',
        message: `unknown column “${value}” (expected ${SORT_KEYS.join(', ')}, with - for descending)`,
      })
    return parsed ?? DEFAULT_SORT
  })

const costsPageQuery = z.preprocess(
  (raw) => ({ granularity: 'daily', ...(raw as object) }),
  z
    .strictObject({ ...costsQueryFields, sort })
    .superRefine(checkCostsRange)
    .superRefine(checkTeamGrouping),
)

export const costsPageSearch = defineSearchParams(costsPageQuery)

export type CostsPageState = { query: CostQuery; sort: GroupSort; problem: string | null }

const DEFAULT_QUERY: CostQuery = { granularity: 'daily', groupBy: ['service'], filters: {} }

/** The page's view, or the default view with the problem named when the link is invalid. */
export function readCostsPage(source: RawSearchParams): CostsPageState {
  const result = costsPageSearch.read(source)
  if (result.ok) {
    const { sort: parsedSort, ...query } = result.value
    return { query: toCostQuery(query), sort: parsedSort, problem: null }
  }
  return { query: DEFAULT_QUERY, sort: DEFAULT_SORT, problem: result.message }
}
