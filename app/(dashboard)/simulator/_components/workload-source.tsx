import Link from 'next/link'
import type { WorkloadWindow } from '@/lib/domain/simulator/anomaly-days'
import type { FunctionWorkload } from '@/lib/domain/simulator/workload-from-metrics'
import { formatAccount } from '@/lib/format'
import { simulatorPageSearch } from '@/lib/search-params/simulator'

/** Where the prefilled numbers came from, so nobody mistakes a measurement for a guess, and which days were left out. */
export function WorkloadSource({ workload, window }: { workload: FunctionWorkload; window: WorkloadWindow }) {
  const { function: fn, window: measured, anomalyDays } = workload
  // One click switches between leaving out the days of open incidents (the default) and including them.
  const toggle = `/simulator${simulatorPageSearch.search({ functionId: fn.id, from: window.from, to: window.to, anomalyDays: anomalyDays.mode === 'exclude' ? 'include' : undefined })}`
  return (
    <section
      className="card"
      aria-labelledby="workload-source-title"
      data-testid="workload-source"
      style={{ marginBottom: 16 }}
    >
      <header>
        <h2 id="workload-source-title">
          Prefilled from {fn.name}{' '}
          <span className="muted">
            ({formatAccount({ id: fn.accountId, name: fn.accountName })}, {fn.region})
          </span>
        </h2>
        <Link href="/simulator">Use the example scenario instead</Link>
      </header>
      <p className="muted" style={{ margin: 0 }}>
        {measured
          ? `Measured ${measured.from} to ${measured.to} (${measured.days} days).`
          : 'No metrics stored for these days.'}{' '}
        Change any field to explore; the link keeps your changes.
      </p>
      {anomalyDays.days.length > 0 && (
        <p style={{ margin: '6px 0 0' }} data-testid="anomaly-days" data-mode={anomalyDays.mode}>
          {anomalyDays.mode === 'exclude'
            ? `Left out ${anomalyDays.days.length} ${anomalyDays.days.length === 1 ? 'day' : 'days'} of open incidents (${anomalyDays.days.join(', ')}). `
            : `Includes ${anomalyDays.days.length} ${anomalyDays.days.length === 1 ? 'day' : 'days'} of open incidents (${anomalyDays.days.join(', ')}). `}
          {/* Underlined: a link inside a sentence must not be told apart by colour alone. */}
          <Link href={toggle} style={{ textDecoration: 'underline' }}>
            {anomalyDays.mode === 'exclude' ? 'Include them' : 'Leave them out'}
          </Link>
        </p>
      )}
      <ul className="muted" style={{ margin: '6px 0 0', paddingLeft: 18 }}>
        {workload.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  )
}
