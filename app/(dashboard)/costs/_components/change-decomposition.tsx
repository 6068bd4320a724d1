import { DRIVER_LABELS, type Decomposition, formatDurationMs } from '@/lib/domain/insights/decompose-change'
import { centsThatAddUp } from '@/lib/domain/insights/cents-that-add-up'
import { RETRIED_PINGS } from '@/lib/domain/keep-warm/retried-pings'
import { formatCount, formatSignedUsd, formatUsd } from '@/lib/format'
import styles from '../costs.module.css'

/** Why one function's estimated cost changed, driver by driver; the parts add up to the change. */
export function ChangeDecomposition({
  name,
  change,
  comparedWith,
}: {
  name: string
  change: Decomposition
  comparedWith: string
}) {
  const cents = centsThatAddUp(
    change.parts.map((part) => part.usd),
    change.changeUsd,
  )
  // Parts under half a cent still count (the exact amounts are in the API); they are not worth a line.
  const shown = change.parts
    .map((part, index) => ({ ...part, cents: cents[index]! }))
    .filter((part) => part.cents !== '0.00' && part.cents !== '-0.00')
  const facts = change.current ?? change.previous
  return (
    <section className="card" aria-labelledby="decomposition-title" data-testid="decomposition">
      <header>
        <h2 id="decomposition-title">Why {name} changed</h2>
        <p>
          Whole function, all usage types: estimated {formatUsd(change.previousUsd)} → {formatUsd(change.currentUsd)} (
          {formatSignedUsd(change.changeUsd)}) {comparedWith}
        </p>
      </header>
      {facts && (
        <dl className={styles.facts}>
          <div>
            <dt>Attempts</dt>
            <dd>{formatCount(facts.requests)}</dd>
          </div>
          <div>
            <dt>Automatic retries</dt>
            <dd>
              {formatCount(facts.retries)}
              {facts.retriedPings > 0 && (
                <span className="muted">
                  {' '}
                  ({formatCount(facts.retriedPings)} {RETRIED_PINGS}: keep-warm)
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Average billed duration</dt>
            <dd>{facts.averageDurationMs === null ? '—' : formatDurationMs(facts.averageDurationMs)}</dd>
          </div>
          <div>
            <dt>Memory</dt>
            <dd>{formatCount(facts.memoryMb)} MB</dd>
          </div>
        </dl>
      )}
      {shown.length === 0 ? (
        <p className="muted">No change.</p>
      ) : (
        <table className="table">
          <caption>
            Each driver’s share of the change, attributed in this order; the amounts add up to the change.
          </caption>
          <thead>
            <tr>
              <th scope="col">Driver</th>
              <th scope="col" className="num">
                Effect
              </th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((part) => (
              <tr key={part.driver} className={part.driver === change.dominant ? styles.dominant : undefined}>
                <th scope="row">
                  {DRIVER_LABELS[part.driver]}
                  {part.driver === change.dominant && (
                    <>
                      {' '}
                      <span className="badge badge-warn">main reason</span>
                    </>
                  )}
                </th>
                <td className="num">{formatSignedUsd(part.cents)}</td>
                <td>{part.sentence}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>Change</td>
              <td className="num">{formatSignedUsd(change.changeUsd)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  )
}
