'use client'

import { useQuery } from '@tanstack/react-query'
import { QueryView } from '@/components/ui/query-view'
import { EmptyState } from '@/components/ui/states'
import { formatCount, formatDay, formatInstant, formatUsd } from '@/lib/format'
import { formatDuration } from '@/lib/format-durations'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import { ingestionQueries } from '@/lib/query/ingestion'
import type { IngestionRunDto } from '@/lib/schemas/ingestion'
import { RunStatus } from './run-status'
import { DataTable } from '@/components/ui/data-table'

const TRIGGERS: Record<IngestionRunDto['trigger'], string> = { manual: 'started here', cli: 'npm run ingest', schedule: 'scheduled' }

export function RunsTable() {
  const query = useQuery(ingestionQueries.runs())
  return (
    <section className="card" aria-labelledby="runs-title">
      <header>
        <h2 id="runs-title">Recent runs</h2>
        <p>Each month of a window is written at once: a failed run leaves the months it did not finish as they were.</p>
      </header>
      <QueryView query={query} subject="the runs" loadingLabel="Loading runs">
        {({ runs }) =>
          runs.length === 0 ? (
            <EmptyState title="No ingestion runs yet">
              <p>Start one above, or run `npm run ingest`.</p>
            </EmptyState>
          ) : (
            <DataTable label="Recent runs table" testId="ingestion-runs" columns={[{ label: 'Status' }, { label: 'Window' }, { label: 'Started' }, { label: 'Cost lines', numeric: true }, { label: 'Functions', numeric: true }, { label: 'Metric rows', numeric: true }, { label: 'AWS calls', numeric: true }, { label: 'API cost', numeric: true }, { label: 'Messages' }]}>
              {runs.map((run) => (
                <RunRow key={run.id} run={run} />
              ))}
            </DataTable>
          )
        }
      </QueryView>
    </section>
  )
}

function RunRow({ run }: { run: IngestionRunDto }) {
  const time = useTimeFormat()
  const { progress } = run
  const ended = run.finishedAt ?? run.heartbeatAt
  return (
    <tr data-run-id={run.id}>
      <td>
        <RunStatus run={run} />
      </td>
      <td>
        {formatDay(run.from)} – {formatDay(run.to)}
        <div className="muted">
          {TRIGGERS[run.trigger]}
          {progress.incremental ? ', incremental' : ''}
        </div>
      </td>
      <td>
        {formatInstant(run.startedAt ?? run.createdAt, time)}
        {run.startedAt && ended && <div className="muted">{formatDuration(Date.parse(ended) - Date.parse(run.startedAt))}</div>}
      </td>
      <td className="num">
        {formatCount(progress.costs.rows)}
        {progress.costs.removed > 0 && <div className="muted">{formatCount(progress.costs.removed)} removed</div>}
        {progress.costs.monthsChecked > 0 && (
          <div className={progress.costs.unreconciled.length ? 'state-error' : 'muted'}>
            {progress.costs.unreconciled.length
              ? `${new Set(progress.costs.unreconciled.map((entry) => entry.from)).size} of ${progress.costs.monthsChecked} months off Cost Explorer's totals`
              : `${progress.costs.monthsChecked === 1 ? 'month matches' : `${progress.costs.monthsChecked} months match`} Cost Explorer's totals`}
          </div>
        )}
      </td>
      <td className="num">
        {formatCount(progress.lambda.functions)}
        {progress.lambda.snapshots > 0 && <div className="muted">{progress.lambda.snapshots} config changes</div>}
      </td>
      <td className="num">
        {formatCount(progress.metrics.dailyRows + progress.metrics.hourlyRows)}
        <div className="muted">
          {formatCount(progress.metrics.dailyRows)} daily, {formatCount(progress.metrics.hourlyRows)} hourly
        </div>
      </td>
      <td className="num">
        {formatCount(run.apiCalls)}
        <div className="muted">
          {progress.costs.calls} Cost Explorer{progress.retries > 0 ? `, ${progress.retries} retried` : ''}
        </div>
      </td>
      <td className="num">{formatUsd(run.apiCostUsd, 4)}</td>
      <td>
        {run.error && <p className="state-error" style={{ margin: 0 }}>{run.error}</p>}
        {run.warnings.map((warning) => (
          <p key={warning} className="muted" style={{ margin: 0 }}>
            ⚠ {warning}
          </p>
        ))}
        {!run.error && run.warnings.length === 0 && <span className="muted">—</span>}
      </td>
    </tr>
  )
}
