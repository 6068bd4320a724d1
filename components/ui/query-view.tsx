import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { ErrorState, LoadingBlock } from './states'

type QueryState<T> = { data: T | undefined; error: Error | null; refetch: () => unknown }

/**
 * What every data view shows before it can show its data: the error with a retry while its query failed, a
 * loading block until the data is there (and, with `waiting`, until something else it needs is), then the view.
 */
export function QueryView<T>({
  query,
  subject,
  loadingLabel,
  height,
  waiting = false,
  children,
}: {
  query: QueryState<T>
  /** What failed to load, in the reader's language ("the showback statement"): completes ui.couldNotLoad. */
  subject: string
  loadingLabel: string
  height?: number
  waiting?: boolean
  children: (data: T) => ReactNode
}) {
  const t = useTranslations('ui')
  if (query.error)
    return (
      <ErrorState
        message={t('couldNotLoad', { subject, message: query.error.message })}
        onRetry={() => query.refetch()}
      />
    )
  if (query.data === undefined || waiting) return <LoadingBlock height={height} label={loadingLabel} />
  return children(query.data)
}

/** Said after a view's subtitle while newer data for it is on its way (the previous data stays on screen). */
export function Updating({ query }: { query: { isFetching: boolean } }) {
  const t = useTranslations('ui')
  return query.isFetching ? <span className="muted"> · {t('updating')}</span> : null
}
