import type { IngestionRunDto } from '@/lib/schemas/ingestion'

const BADGES: Record<IngestionRunDto['status'], string> = { queued: 'badge', running: 'badge badge-accent', succeeded: 'badge badge-good', failed: 'badge badge-bad' }
const PHASES: Record<IngestionRunDto['progress']['phase'], string> = {
  queued: 'waiting for the worker',
  costs: 'Cost Explorer',
  lambda: 'Lambda configuration',
  metrics: 'CloudWatch metrics',
  servers: 'EC2 and RDS servers',
  derived: 'derived data',
  done: 'done',
}

export function RunStatus({ run }: { run: IngestionRunDto }) {
  const { progress } = run
  const total = progress.costs.pieces + progress.metrics.pieces
  const done = progress.costs.piecesDone + progress.metrics.piecesDone
  return (
    <>
      <span className={BADGES[run.status]}>{run.status}</span>
      {run.status === 'running' && (
        <div className="muted" style={{ marginTop: 4 }}>
          {PHASES[progress.phase]}
          {total > 0 && (
            <div>
              <progress max={total} value={done} aria-label={`Run progress: ${done} of ${total} months written`} /> {done}/{total} months
            </div>
          )}
        </div>
      )}
    </>
  )
}
