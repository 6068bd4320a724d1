'use client'

import { useTranslations } from 'next-intl'

// Rendered inside the dashboard layout, so the navigation stays usable when one page fails.
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('shell.pages.error')
  return (
    <div className="state state-error" role="alert">
      <h1>{t('title')}</h1>
      <p>{error.digest ? t('digest', { digest: error.digest }) : error.message}</p>
      <p className="muted">{t('health')}</p>
      <button type="button" className="button" onClick={reset}>
        {t('retry')}
      </button>
    </div>
  )
}
