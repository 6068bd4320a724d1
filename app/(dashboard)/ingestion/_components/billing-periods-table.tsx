'use client'

import { useLocale, useTranslations } from 'next-intl'
import { precedenceSentence } from '@/lib/domain/costs/cost-sources'
import { formatCount, formatMonth, formatUsd } from '@/lib/format'
import type { BillingPeriodDto } from '@/lib/schemas/imports'
import { DataTable } from '@/components/ui/data-table'

const KINDS: Record<BillingPeriodDto['source'], string> = { cur: 'CUR 2.0', focus: 'FOCUS' }

/** What the imported files hold per billing period, and which source counts where several cover a day. */
export function BillingPeriods({ periods }: { periods: BillingPeriodDto[] }) {
  const t = useTranslations('ingestion.periods')
  const locale = useLocale()
  return (
    <section className="card" aria-labelledby="periods-title">
      <header>
        <h2 id="periods-title">{t('title')}</h2>
        <p data-testid="source-precedence">{precedenceSentence()}</p>
      </header>
      <DataTable
        label={t('table')}
        testId="billing-periods"
        columns={[
          { label: t('period') },
          { label: t('kind') },
          { label: t('payer') },
          { label: t('files') },
          { label: t('lines'), numeric: true },
          { label: t('billed'), numeric: true },
          { label: t('elsewhere'), numeric: true },
        ]}
      >
        {periods.map((period) => (
          <tr key={`${period.source}-${period.billingAccountId}-${period.start}`}>
            <td>{formatMonth(period.start.slice(0, 7), locale)}</td>
            <td>{KINDS[period.source]}</td>
            <td>{period.billingAccountId || '—'}</td>
            <td>
              {period.files.map((file) => (
                <div key={file.importId ?? 'earlier'}>
                  {file.fileName ?? t('earlier')}: {formatCount(file.lines)}
                </div>
              ))}
            </td>
            <td className="num">{formatCount(period.lines)}</td>
            <td className="num">{formatUsd(period.billedTotalUsd)}</td>
            <td className="num">
              {t('ofTotal', {
                count: formatCount(period.accountDaysCountedElsewhere),
                total: formatCount(period.accountDays),
              })}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  )
}
