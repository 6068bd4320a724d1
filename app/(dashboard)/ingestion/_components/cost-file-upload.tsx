'use client'

import { type FormEvent, useState } from 'react'
import { formatCount, formatDay, formatUsd } from '@/lib/format'
import { ingestionWrites, rejectedRows } from '@/lib/query/ingestion'
import { useWrite } from '@/lib/query/use-write'
import type { CostFileImportDto } from '@/lib/schemas/imports'

const isManifest = (file: File) => file.name.toLowerCase().endsWith('.json')

export function CostFileUpload() {
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
        <h2 id="upload-title">Import cost files</h2>
      </header>
      <form onSubmit={submit}>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="cost-file">AWS CUR 2.0 or FOCUS 1.0–1.2 export (.csv or .csv.gz, one file or all of a billing period's with its Manifest.json)</label>
            <input
              id="cost-file"
              type="file"
              multiple
              accept=".csv,.gz,.json,text/csv,application/gzip,application/json"
              onChange={(event) => setFiles([...(event.target.files ?? [])])}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={files.length === 0 || single.isPending || set.isPending} style={{ alignSelf: 'flex-end' }}>
            {single.isPending || set.isPending ? 'Importing…' : asSet ? `Import ${files.length} files as a set` : 'Import'}
          </button>
        </div>
        <p className="muted">
          For teams that cannot grant API access. One file adds its lines to what earlier parts of its billing period brought (a line already stored is
          replaced, never counted twice), and the same file twice changes nothing. Several files at once, or the export&apos;s manifest with its files,
          are a complete set: they replace what their billing periods held (this is how a restated period gets in).
        </p>
      </form>
      {single.isSuccess && sent === 'file' && (
        <p role="status" data-testid="upload-result">
          {single.data.status === 'already_imported'
            ? `${single.data.import.fileName} was already imported on ${formatDay(single.data.import.importedAt.slice(0, 10))}; nothing changed.`
            : describeFile(single.data.import)}
        </p>
      )}
      {set.isSuccess && sent === 'set' && (
        <p role="status" data-testid="upload-result">
          Imported {formatCount(set.data.imports.length)} files as a complete set: {formatCount(set.data.imports.reduce((lines, file) => lines + file.lineItems, 0))} lines
          {set.data.linesRemoved > 0 && `; ${formatCount(set.data.linesRemoved)} lines their billing periods no longer have were removed`}.
        </p>
      )}
      {upload.isError && (
        <div role="alert" className="state-error">
          <p>{upload.error.message}</p>
          {rowErrors.length > 0 && (
            <table className="table">
              <caption>Invalid rows</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">Line</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
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

function describeFile(file: CostFileImportDto): string {
  return [
    `Imported ${formatCount(file.rowsRead)} rows as ${formatCount(file.lineItems)} lines: ${formatCount(file.linesAdded)} new, ${formatCount(file.linesReplaced)} already stored and replaced`,
    ` (${formatDay(file.firstDay)} – ${formatDay(file.lastDay)}, ${formatUsd(file.billedTotalUsd)}).`,
    file.rowsRepeated > 0 ? ` ${formatCount(file.rowsRepeated)} rows repeated a line of the same file and were counted once.` : '',
    file.rowsSkipped > 0 ? ` ${formatCount(file.rowsSkipped)} invalid rows were skipped.` : '',
  ].join('')
}
