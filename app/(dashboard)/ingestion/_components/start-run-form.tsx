'use client'

import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'
import { formatDay, formatUsd } from '@/lib/format'
import { ingestionQueries, ingestionWrites } from '@/lib/query/ingestion'
import { useWrite } from '@/lib/query/use-write'

/** `today` is the server's (lib/server/clock.ts): AWS has data through that UTC day at most. */
export function StartRunForm({ today }: { today: IsoDay }) {
  const spend = useQuery(ingestionQueries.runs()).data?.costExplorerToday
  const [from, setFrom] = useState(() => addDaysTo(today, -3))
  const [to, setTo] = useState(() => addDaysTo(today, -1))
  const start = useWrite(ingestionWrites.startRun)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    start.mutate({ from, to })
  }
  return (
    <section className="card" aria-labelledby="start-title">
      <header>
        <h2 id="start-title">Ingest from AWS</h2>
      </header>
      <form onSubmit={submit} aria-describedby="start-hint">
        <div className="toolbar">
          <div className="field">
            <label htmlFor="ingest-from">From</label>
            <input id="ingest-from" type="date" required max={to} value={from} onChange={(event) => setFrom(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="ingest-to">To</label>
            <input id="ingest-to" type="date" required min={from} max={today} value={to} onChange={(event) => setTo(event.target.value)} />
          </div>
          <button type="submit" className="button button-primary" disabled={start.isPending} style={{ alignSelf: 'flex-end' }}>
            {start.isPending ? 'Queuing…' : 'Start run'}
          </button>
        </div>
        <p id="start-hint" className="muted">
          Both days included (UTC). Costs from Cost Explorer ($0.01 per request), Lambda configuration and CloudWatch metrics; re-running a window is safe.
          The worker also runs incrementally on its schedule.
        </p>
        {spend && (
          <p className="muted" data-testid="cost-explorer-spend">
            Cost Explorer today ({formatDay(spend.day)}, UTC): {formatUsd(spend.spentUsd)} spent of the {formatUsd(spend.capUsd)} daily cap
            {spend.reservedUsd !== '0' && `, ${formatUsd(spend.reservedUsd)} set aside for queued runs`}. A run that would go over it is refused.
          </p>
        )}
      </form>
      {start.isSuccess && (
        <p role="status">{start.data.deduplicated ? 'A run for this window is already queued or running.' : 'Run queued; its progress shows below.'}</p>
      )}
      {start.isError && (
        <p role="alert" className="state-error">
          {start.error.message}
        </p>
      )}
    </section>
  )
}
