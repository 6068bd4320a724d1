import type { ReactNode } from 'react'
import { TableScroll } from './table-scroll'

/** A column's heading; a numeric column is right-aligned, like its cells (`className="num"`). */
export type Column = { label: string; numeric?: boolean }

/**
 * A list's table: one row of column headings over the rows it is given, in a box that scrolls it sideways when it
 * is wider than its card (a phone, say), named `label` for a screen reader.
 */
export function DataTable({
  label,
  testId,
  columns,
  children,
}: {
  label: string
  testId?: string
  columns: Column[]
  children: ReactNode
}) {
  return (
    <TableScroll label={label}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  )
}
