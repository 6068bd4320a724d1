'use client'

import { precedenceSentence } from '@/lib/domain/costs/cost-sources'
import { formatCount, formatMonth, formatUsd } from '@/lib/format'
import type { BillingPeriodDto } from '@/lib/schemas/imports'
import { DataTable } from '@/components/ui/data-table'

const KINDS: Record<BillingPeriodDto['source'], string> = { cur: 'CUR 2.0', focus: 'FOCUS' }

/** What the imported files hold per billing period, and which source counts where several cover a day. */
export function BillingPeriods({ periods }: { periods: BillingPeriodDto[] }) {
  return (
    <section className="card" aria-labelledby="periods-title">
      <header>
        <h2 id="periods-title">Imported billing periods</h2>
        <p data-testid="source-precedence">{precedenceSentence()}</p>
      </header>
      <DataTable label="Imported billing periods table" testId="billing-periods" columns={[{ label: 'Billing period' }, { label: 'Kind' }, { label: 'Payer' }, { label: 'Files (lines each holds)' }, { label: 'Lines', numeric: true }, { label: 'Billed', numeric: true }, { label: 'Account-days counted from another source', numeric: true }]}>
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
      </DataTable>
    </section>
  )
}
