'use client'

import { precedenceSentence } from '@/lib/domain/costs/cost-sources'
import { formatCount, formatMonth, formatUsd } from '@/lib/format'
import type { BillingPeriodDto } from '@/lib/schemas/imports'
import { TableScroll } from '@/components/ui/table-scroll'

const KINDS: Record<BillingPeriodDto['source'], string> = { cur: 'CUR 2.0', focus: 'FOCUS' }

/** What the imported files hold per billing period, and which source counts where several cover a day. */
export function BillingPeriods({ periods }: { periods: BillingPeriodDto[] }) {
  return (
    <section className="card" aria-labelledby="periods-title">
      <header>
        <h2 id="periods-title">Imported billing periods</h2>
        <p data-testid="source-precedence">{precedenceSentence()}</p>
      </header>
      <TableScroll label="Imported billing periods table">
        <table className="table" data-testid="billing-periods">
          <thead>
            <tr>
              <th scope="col">Billing period</th>
              <th scope="col">Kind</th>
              <th scope="col">Payer</th>
              <th scope="col">Files (lines each holds)</th>
              <th scope="col" className="num">Lines</th>
              <th scope="col" className="num">Billed</th>
              <th scope="col" className="num">Account-days counted from another source</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={`${period.source}-${period.billingAccountId}-${period.start}`}>
                <td>{formatMonth(period.start.slice(0, 7))}</td>
                <td>{KINDS[period.source]}</td>
                <td>{period.billingAccountId || '—'}</td>
                <td>
                  {period.files.map((file) => (
                    <div key={file.importId ?? 'earlier'}>
                      {file.fileName ?? 'imported before files kept their lines'}: {formatCount(file.lines)}
                    </div>
                  ))}
                </td>
                <td className="num">{formatCount(period.lines)}</td>
                <td className="num">{formatUsd(period.billedTotalUsd)}</td>
                <td className="num">
                  {formatCount(period.accountDaysCountedElsewhere)} of {formatCount(period.accountDays)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
