// A cost query as URL parameters: the page URL, the API call and the CSV links all use this one spelling,
// so a copied link reproduces the view and a download is the file of what is on screen.
import { type CostQuery, activeFilters } from './dimensions'

export function costQueryParams(query: CostQuery): URLSearchParams {
  const params = new URLSearchParams()
  if (query.from && query.to) {
    params.set('from', query.from)
    params.set('to', query.to)
  }
  params.set('granularity', query.granularity)
  params.set('groupBy', query.groupBy.join(','))
  for (const [dimension, values] of activeFilters(query.filters))
    for (const value of values) params.append(dimension, value)
  return params
}
