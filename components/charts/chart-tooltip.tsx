'use client'

import type { TooltipContentProps } from 'recharts'
import { formatUsd, sum } from '@/lib/domain/money'

type Entry = { dataKey?: unknown; name?: unknown; value?: unknown; color?: string }

/**
 * A chart's tooltip: the period, then each series in the chart's own order (the legend's and the stack's) with
 * its colour as a swatch and its value in the page's text colour (series colours are too light to read as
 * text), and for stacked amounts their total, summed exactly.
 */
export function ChartTooltip({
  active,
  payload,
  label,
  order,
  formatLabel,
  formatValue,
  total,
}: Pick<TooltipContentProps<number, string>, 'active' | 'payload' | 'label'> & {
  order: readonly string[]
  formatLabel?: (label: string) => string
  formatValue: (value: number, key: string) => string
  total?: string
}) {
  if (!active || !payload?.length) return null
  const entries = (payload as readonly Entry[])
    .filter((entry) => typeof entry.value === 'number' && Number.isFinite(entry.value))
    .sort((a, b) => order.indexOf(String(a.dataKey)) - order.indexOf(String(b.dataKey)))
  const heading = formatLabel ? formatLabel(String(label)) : String(label)
  return (
    <div className="chart-tooltip" data-testid="chart-tooltip">
      <p className="chart-tooltip-label">{heading}</p>
      <table>
        <tbody>
          {entries.map((entry) => (
            <tr key={String(entry.dataKey)}>
              <th scope="row">
                <span className="chart-swatch" style={{ background: entry.color }} aria-hidden="true" />
                {String(entry.name)}
              </th>
              <td>{formatValue(entry.value as number, String(entry.dataKey))}</td>
            </tr>
          ))}
        </tbody>
        {total !== undefined && entries.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{total}</th>
              {/* Chart values are the API's decimal strings read as numbers; their shortest text is that string
                  again, so the sum is the exact total of what the bars show. */}
              <td>{formatUsd(sum(entries.map((entry) => String(entry.value))))}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}
