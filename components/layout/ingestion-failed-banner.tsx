import { useTranslations } from 'next-intl'
import Link from 'next/link'
import { formatInstant } from '@/lib/format'
import { useTimeFormat } from '@/lib/i18n/use-time-format'
import type { IngestionFailure } from '@/lib/domain/ingest/ingestion-failure'

/** Every page says so when the latest ingestion failed: what the reader sees may be out of date. */
export function IngestionFailedBanner({ failure }: { failure: IngestionFailure }) {
  const t = useTranslations('shell.banners')
  const time = useTimeFormat()
  const trigger =
    failure.trigger === 'manual' || failure.trigger === 'cli' || failure.trigger === 'schedule'
      ? t(`triggers.${failure.trigger}`)
      : failure.trigger
  return (
    <div className="banner banner-error" role="status" data-testid="ingestion-failed">
      <span>
        {t.rich('failed', {
          strong: (text) => <strong>{text}</strong>,
          trigger,
          time: formatInstant(failure.finishedAt, time),
          error: failure.error,
        })}{' '}
        {failure.lastSucceededAt
          ? t('lastSucceeded', { time: formatInstant(failure.lastSucceededAt, time) })
          : t('neverSucceeded')}
      </span>
      <Link href="/ingestion">{t('openIngestion')}</Link>
    </div>
  )
}
