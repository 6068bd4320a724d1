import { formatUsd } from '@/lib/format'
import { TableScroll } from '@/components/ui/table-scroll'

export type StackedTableRow = { key: string; label: string; amounts: Record<string, string>; totalUsd: string }

/** A stacked chart's data as a table ("Show as a table"): one row per period, one column per series, and the total. */
export function StackedTable({
  rowHeader,
  series,
  rows,
  caption,
}: {
  rowHeader: string
  series: string[]
  rows: StackedTableRow[]
  caption?: string
}) {
  return (
    <details>
      <summary className="muted">Show as a table</summary>
      <TableScroll label={caption ?? `${rowHeader} table`}>
        <table className="table">
          {caption && <caption>{caption}</caption>}
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {series.map((name) => (
                <th key={name} scope="col" className="num">
                  {name}
                </th>
              ))}
              <th scope="col" className="num">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {series.map((name) => (
                  <td key={name} className="num">
                    {formatUsd(row.amounts[name] ?? '0')}
                  </td>
                ))}
                <td className="num">{formatUsd(row.totalUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  )
}
