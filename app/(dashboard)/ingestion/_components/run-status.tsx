import { useTranslations } from 'next-intl'
import type { IngestionRunDto } from '@/lib/schemas/ingestion'

const BADGES: Record<IngestionRunDto['status'], string> = {
  queued: 'badge',
  running: 'badge badge-accent',
  succeeded: 'badge badge-good',
  failed: 'badge badge-bad',
}

export function RunStatus({ run }: { run: IngestionRunDto }) {
  const t = useTranslations('ingestion.runs')
  const { progress } = run
  const total = progress.costs.pieces + progress.metrics.pieces
  const done = progress.costs.piecesDone + progress.metrics.piecesDone
  return (
    <>
      <span className={BADGES[run.status]}>{t(`statuses.${run.status}`)}</span>
      {run.status === 'running' && (
        <div className="muted" style={{ marginTop: 4 }}>
          {t(`phases.${progress.phase}`)}
          {total > 0 && (
            <div>
              <progress max={total} value={done} aria-label={t('progress', { done, total })} />{' '}
              {t('progressMonths', { done, total })}
            </div>
          )}
        </div>
      )}
    </>
  )
}
