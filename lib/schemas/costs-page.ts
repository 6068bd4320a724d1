// The costs page URL: the API's parameters (validated by the same schema) plus the table's `sort`. An
// invalid link still shows a page: the default view, and a message saying what was wrong.
import { type CostQuery } from '@/lib/domain/costs/dimensions'
import { DEFAULT_SORT, type GroupSort, parseSort } from '@/lib/domain/costs/sort-groups'
import { costsQuery, toCostQuery } from './costs'

export type CostsPageState = { query: CostQuery; sort: GroupSort; problem: string | null }

const DEFAULT_QUERY: CostQuery = { granularity: 'daily', groupBy: ['service'], filters: {} }

export function parseCostsPage(record: Record<string, string | string[] | undefined>): CostsPageState {
  const { sort: rawSort, ...rest } = record
  const sort = parseSort(typeof rawSort === 'string' ? rawSort : undefined)
  // A month reads best day by day: the page's default granularity is daily (the API's is monthly).
  const parsed = costsQuery.safeParse({ granularity: 'daily', ...rest })
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.length ? `\`${issue.path.join('.')}\`` : 'the link'}: ${issue.message}`)),
    ...(sort ? [] : [`\`sort\`: unknown column “${String(rawSort)}”`]),
  ]
  return { query: parsed.success ? toCostQuery(parsed.data) : DEFAULT_QUERY, sort: sort ?? DEFAULT_SORT, problem: problems.length ? problems.join('; ') : null }
}
