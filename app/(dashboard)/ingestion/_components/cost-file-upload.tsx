'use client'

import { type FormEvent, useState } from 'react'
import { formatCount, formatDay, formatUsd } from '@/lib/format'
import { ingestionWrites, rejectedRows } from '@/lib/query/ingestion'
import { useWrite } from '@/lib/query/use-write'

export function CostFileUpload() {
  const [file, setFile] = useState<File | null>(null)
  const upload = useWrite(ingestionWrites.importFile)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (file) upload.mutate(file)
  }
  const rowErrors = rejectedRows(upload.error)
  return (
    <section className="card" aria-labelledby="upload-title">
      <header>
        <h2 id="upload-title">Import a cost file</h2>
      </header>
      <form onSubmit={submit}>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="cost-file">AWS CUR 2.0 or FOCUS 1.0–1.2 export (.csv or .csv.gz)</label>
            <input id="cost-file" type="file" accept=".csv,.gz,text/csv,application/gzip" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </div>
          <button type="submit" className="button button-primary" disabled={!file || upload.isPending} style={{ alignSelf: 'flex-end' }}>
            {upload.isPending ? 'Importing…' : 'Import'}
          </button>
        </div>
        <p className="muted">For teams that cannot grant API access. The same file twice changes nothing; a newer export of the same days replaces the older one.</p>
      </form>
      {upload.isSuccess && (
        <p role="status" data-testid="upload-result">
          {upload.data.status === 'already_imported'
            ? `${upload.data.import.fileName} was already imported on ${formatDay(upload.data.import.importedAt.slice(0, 10))}; nothing changed.`
            : `Imported ${formatCount(upload.data.import.rowsRead)} rows as ${formatCount(upload.data.import.lineItems)} line items (${formatDay(upload.data.import.firstDay)} – ${formatDay(upload.data.import.lastDay)}, ${formatUsd(upload.data.import.billedTotalUsd)}).`}
          {upload.data.import.rowsSkipped > 0 && ` ${formatCount(upload.data.import.rowsSkipped)} invalid rows were skipped.`}
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
