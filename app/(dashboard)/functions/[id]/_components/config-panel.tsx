import { formatCount, formatDay } from '@/lib/format'
import type { FunctionDetail } from '@/lib/schemas/functions'

export function ConfigPanel({ data }: { data: FunctionDetail }) {
  const config = data.config
  return (
    <section className="card" aria-labelledby="config-title">
      <header>
        <h2 id="config-title">Configuration</h2>
        {config && <p>since {formatDay(config.validFrom.slice(0, 10))}</p>}
      </header>
      {config ? (
        <table className="table">
          <tbody>
            <tr>
              <th scope="row">Memory · architecture</th>
              <td>
                {formatCount(config.memoryMb)} MB · {config.architecture}
              </td>
            </tr>
            <tr>
              <th scope="row">Timeout</th>
              <td>{formatCount(config.timeoutSeconds)} s</td>
            </tr>
            <tr>
              <th scope="row">Async retries (MaximumRetryAttempts)</th>
              <td>
                {config.maxRetryAttempts} ·{' '}
                {config.hasFailureDestination
                  ? 'with a dead-letter queue or on-failure destination'
                  : 'no dead-letter queue or destination'}
              </td>
            </tr>
            <tr>
              <th scope="row">Concurrency</th>
              <td>
                provisioned {config.provisionedConcurrency} · reserved {config.reservedConcurrency ?? 'none'}
              </td>
            </tr>
            <tr>
              <th scope="row">Runtime · package · ephemeral storage</th>
              <td>
                {config.runtime ?? 'unknown'} · {config.packageType} · {formatCount(config.ephemeralStorageMb)} MB
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="muted">No configuration recorded.</p>
      )}
      <h3 style={{ marginTop: 12 }}>Changes in this range</h3>
      {data.configChanges.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul data-testid="config-changes">
          {data.configChanges.map((change) => (
            <li key={change.at}>
              {formatDay(change.day)}: {change.changes.join(', ') || 'configuration changed'}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
