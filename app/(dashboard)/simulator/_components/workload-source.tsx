import Link from 'next/link'
import type { FunctionWorkload } from '@/lib/domain/simulator/workload-from-metrics'

/** Where the prefilled numbers came from, so nobody mistakes a measurement for a guess. */
export function WorkloadSource({ workload }: { workload: FunctionWorkload }) {
  const { function: fn, window } = workload
  return (
    <section className="card" aria-labelledby="workload-source-title" data-testid="workload-source" style={{ marginBottom: 16 }}>
      <header>
        <h2 id="workload-source-title">
          Prefilled from {fn.name} <span className="muted">({fn.accountId}, {fn.region})</span>
        </h2>
        <Link href="/simulator">Use the example scenario instead</Link>
      </header>
      <p className="muted" style={{ margin: 0 }}>
        {window ? `Measured ${window.from} to ${window.to} (${window.days} days).` : 'No metrics stored yet.'} Change any field to explore; the link keeps your changes.
      </p>
      <ul className="muted" style={{ margin: '6px 0 0', paddingLeft: 18 }}>
        {workload.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  )
}
