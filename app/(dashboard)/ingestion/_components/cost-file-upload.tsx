'use client'

import { useLocale, useTranslations } from 'next-intl'
import type { Locale } from '@/lib/i18n/locales'
import { type FormEvent, useState } from 'react'
import { formatCount, formatDay, formatUsd } from '@/lib/format'
import { ingestionWrites, rejectedRows } from '@/lib/query/ingestion'
import { useWrite } from '@/lib/query/use-write'
import type { CostFileImportDto } from '@/lib/schemas/imports'

const isManifest = (file: File) => file.name.toLowerCase().endsWith('.json')

export function CostFileUpload() {
  const t = useTranslations('ingestion.upload')
  const locale = useLocale()
  const [files, setFiles] = useState<File[]>([])
  const [sent, setSent] = useState<'file' | 'set'>('file')
  const single = useWrite(ingestionWrites.importFile)
  const set = useWrite(ingestionWrites.importSet)
  const upload = sent === 'set' ? set : single
  // Several files, or a manifest with its files, are a complete set; one file adds its lines to its billing period.
  const asSet = files.length > 1 || files.some(isManifest)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (files.length === 0) return
    setSent(asSet ? 'set' : 'file')
    if (asSet) set.mutate(files)
    else single.mutate(files[0]!)
  }
  const rowErrors = rejectedRows(upload.error)
  return (
    <section className="card" aria-labelledby="upload-title">
      <header>
        <h2 id="upload-title">{t('title')}</h2>
      </header>
      <form onSubmit={submit}>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="cost-file">{t('label')}</label>
            <input
              id="cost-file"
              type="file"
              multiple
              accept=".csv,.gz,.json,text/csv,application/gzip,application/json"
              onChange={(event) => setFiles([...(event.target.files ?? [])])}
            />
          </div>
          <button
            type="submit"
            className="button button-primary"
            disabled={files.length === 0 || single.isPending || set.isPending}
            style={{ alignSelf: 'flex-end' }}
          >
            {single.isPending || set.isPending
              ? t('importing')
              : asSet
                ? t('importSet', { count: files.length })
                : t('import')}
          </button>
        </div>
        <p className="muted">{t('explain')}</p>
      </form>
      {single.isSuccess && sent === 'file' && (
        <p role="status" data-testid="upload-result">
          {single.data.status === 'already_imported'
            ? t('alreadyImported', {
                file: single.data.import.fileName,
                day: formatDay(single.data.import.importedAt.slice(0, 10), locale),
              })
            : describeFile(single.data.import, t, locale)}
        </p>
      )}
      {set.isSuccess && sent === 'set' && (
        <p role="status" data-testid="upload-result">
          {t(set.data.linesRemoved > 0 ? 'importedSetRemoved' : 'importedSet', {
            files: formatCount(set.data.imports.length),
            lines: formatCount(set.data.imports.reduce((lines, file) => lines + file.lineItems, 0)),
            removed: formatCount(set.data.linesRemoved),
          })}
        </p>
      )}
      {upload.isError && (
        <div role="alert" className="state-error">
          <p>{upload.error.message}</p>
          {rowErrors.length > 0 && (
            <table className="table">
              <caption>{t('invalidRows')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('line')}
                  </th>
                  <th scope="col">{t('column')}</th>
                  <th scope="col">{t('problem')}</th>
                </tr>
              </thead>
              <tbody>
                {rowErrors.map((error, index) => (
                  <tr key={`${error.line}-${error.column ?? ''}-${index}`}>
                    <td className="num">{error.line}</td>
                    <td>{error.column ?? '—'}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  )
}

function describeFile(
  file: CostFileImportDto,
  t: ReturnType<typeof useTranslations<'ingestion.upload'>>,
  locale: Locale,
): string {
  return [
    t('imported', {
      rows: formatCount(file.rowsRead),
      lines: formatCount(file.lineItems),
      added: formatCount(file.linesAdded),
      replaced: formatCount(file.linesReplaced),
      from: formatDay(file.firstDay, locale),
      to: formatDay(file.lastDay, locale),
      billed: formatUsd(file.billedTotalUsd),
    }),
    ...(file.rowsRepeated > 0 ? [t('repeated', { count: formatCount(file.rowsRepeated) })] : []),
    ...(file.rowsSkipped > 0 ? [t('skipped', { count: formatCount(file.rowsSkipped) })] : []),
  ].join(' ')
}
