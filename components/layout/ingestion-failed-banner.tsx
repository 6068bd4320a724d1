import Link from 'next/link'
import { formatInstant } from '@/lib/format'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import type { IngestionFailure } from '@/lib/domain/ingest/ingestion-failure'

const TRIGGERS: Record<string, string> = { manual: 'started from the Ingestion page', cli: 'npm run ingest', schedule: 'scheduled' }

/** Every page says so when the latest ingestion failed: what the reader sees may be out of date. */
export function IngestionFailedBanner({ failure }: { failure: IngestionFailure }) {
  const time = useTimeFormat()
  return (
    <div className="banner banner-error" role="status" data-testid="ingestion-failed">
      <span>
        <strong>Data may be out of date.</strong> The last ingestion ({TRIGGERS[failure.trigger] ?? failure.trigger}, {formatInstant(failure.finishedAt, time)}) failed:{' '}
        {failure.error} {failure.lastSucceededAt ? `The last successful one finished ${formatInstant(failure.lastSucceededAt, time)}.` : 'No ingestion has succeeded yet.'}
      </span>
      <Link href="/ingestion">Open Ingestion</Link>
    </div>
  )
}
