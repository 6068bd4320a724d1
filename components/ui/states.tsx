import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state" role="status">
      <h2>{title}</h2>
      {children && <div style={{ marginTop: 8 }}>{children}</div>}
    </div>
  )
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useTranslations('ui')
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  )
}

export function LoadingBlock({ height = 240, label }: { height?: number; label?: string }) {
  const t = useTranslations('ui')
  return <div className="skeleton" style={{ height }} role="status" aria-label={label ?? t('loading')} />
}
