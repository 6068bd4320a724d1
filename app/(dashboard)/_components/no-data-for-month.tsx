import Link from 'next/link'
import { DataSources } from '@/components/ui/data-sources'
import { EmptyState } from '@/components/ui/states'
import { nearestMonthsWithData } from '@/lib/domain/aggregation/months-with-data'
import { formatMonth } from '@/lib/format'
import { overviewSearch } from '@/lib/search-params/overview'

const OFFERED = 6

/** A month outside the data says so instead of showing $0.00 everywhere, and offers the nearest months that have some. */
export function NoDataForMonth({ month, months }: { month: string; months: string[] }) {
  return (
    <EmptyState title={`No cost data for ${formatMonth(month)}`}>
      <p>
        Cost data covers {formatMonth(months[0]!)} to {formatMonth(months.at(-1)!)}. Months with data nearest to it:
      </p>
      <ul
        data-testid="months-with-data"
        style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: 12, listStyle: 'none', padding: 0 }}
      >
        {nearestMonthsWithData(months, month, OFFERED).map((offered) => (
          <li key={offered}>
            <Link href={`/${overviewSearch.search({ month: offered })}`} style={{ textDecoration: 'underline' }}>
              {formatMonth(offered)}
            </Link>
          </li>
        ))}
      </ul>
      <DataSources />
    </EmptyState>
  )
}
