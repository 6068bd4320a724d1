'use client'

import { useTranslations } from 'next-intl'
import { useQuery } from '@tanstack/react-query'
import { QueryView } from '@/components/ui/query-view'
import { formatCount, formatDay, formatInstant, formatUsd } from '@/lib/format'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import { ingestionQueries } from '@/lib/query/ingestion'
import type { CostFileImportDto } from '@/lib/schemas/imports'
import { BillingPeriods } from './billing-periods-table'
import { DataTable } from '@/components/ui/data-table'

const FORMATS: Record<string, string> = {
  'focus-1.0': 'FOCUS 1.0',
  'focus-1.1': 'FOCUS 1.1',
  'focus-1.2': 'FOCUS 1.2',
  'cur-2.0': 'CUR 2.0',
}

export function ImportsTable() {
  const t = useTranslations('ingestion.imports')
  const query = useQuery(ingestionQueries.imports())
  return (
    <QueryView query={query} subject={t('subject')} loadingLabel={t('loading')} height={120}>
      {({ imports, periods }) =>
        imports.length > 0 && (
          <>
            <BillingPeriods periods={periods} />
            <ImportedFiles imports={imports} />
          </>
        )
      }
    </QueryView>
  )
}

function ImportedFiles({ imports }: { imports: CostFileImportDto[] }) {
  const t = useTranslations('ingestion.imports')
  const time = useTimeFormat()
  return (
    <section className="card" aria-labelledby="imports-title">
      <header>
        <h2 id="imports-title">{t('title')}</h2>
      </header>
      <DataTable
        label={t('table')}
        testId="imported-files"
        columns={[
          { label: t('file') },
          { label: t('format') },
          { label: t('days') },
          { label: t('accounts') },
          { label: t('rows'), numeric: true },
          { label: t('lines'), numeric: true },
          { label: t('billed'), numeric: true },
          { label: t('imported') },
        ]}
      >
        {imports.map((file) => (
          <tr key={file.id}>
            <td>
              {file.fileName}
              <div className="muted" title={file.sha256}>
                SHA-256 {file.sha256.slice(0, 12)}…
              </div>
            </td>
            <td>{FORMATS[file.format] ?? file.format}</td>
            <td>
              {formatDay(file.firstDay, time.locale)} – {formatDay(file.lastDay, time.locale)}
            </td>
            <td>{file.accounts.join(', ')}</td>
            <td className="num">
              {formatCount(file.rowsRead)}
              {file.rowsSkipped > 0 && (
                <div className="muted">
                  {t('skipped', {
                    count: formatCount(file.rowsSkipped),
                    lines: file.rowErrors
                      .map((e) => e.line)
                      .slice(0, 3)
                      .join(', '),
                  })}
                </div>
              )}
            </td>
            <td className="num">
              {formatCount(file.lineItems)}
              <div className="muted">
                {t('lineCounts', {
                  added: formatCount(file.linesAdded),
                  replaced: formatCount(file.linesReplaced),
                  held: formatCount(file.linesHeld),
                })}
              </div>
            </td>
            <td className="num">{formatUsd(file.billedTotalUsd)}</td>
            <td>
              {formatInstant(file.importedAt, time)}
              {file.setId && <div className="muted">{t('inSet')}</div>}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  )
}
