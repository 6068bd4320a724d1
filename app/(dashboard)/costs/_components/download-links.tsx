import type { CostQuery } from '@/lib/domain/costs/dimensions'
import { isWholeMonths } from '@/lib/domain/costs/periods'
import { costQueryParams } from '@/lib/domain/costs/query-params'
import { formatMonth } from '@/lib/format'
import styles from '../costs.module.css'

/** The same files the API serves for this view: what is on screen, and finance's report of the month. */
export function DownloadLinks({ query }: { query: CostQuery }) {
  const month =
    query.from && query.to && isWholeMonths(query.from, query.to) && query.from.slice(0, 7) === query.to.slice(0, 7)
      ? query.from.slice(0, 7)
      : null
  return (
    <div className={styles.downloads} role="group" aria-label="Downloads">
      <a
        className="button"
        href={`/api/exports/costs.csv?${costQueryParams(query)}`}
        download
        data-testid="download-costs"
      >
        Download CSV
      </a>
      {month && (
        <a
          className="button"
          href={`/api/exports/functions.csv?month=${month}`}
          download
          data-testid="download-functions"
        >
          Functions report · {formatMonth(month)}
        </a>
      )}
    </div>
  )
}
