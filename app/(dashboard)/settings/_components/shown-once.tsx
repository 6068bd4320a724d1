'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'

/**
 * A secret the server gives once (a new API token, a one-time password link): shown read-only with a copy button,
 * and gone when the page is left. `title` says what it is, `explain` that it will not be shown again.
 */
export function ShownOnce({
  title,
  explain,
  value,
  testId,
}: {
  title: string
  explain: string
  value: string
  testId: string
}) {
  const t = useTranslations('shownOnce')
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  return (
    <div className="shown-once" role="status">
      <strong>{title}</strong>
      <p className="muted">{explain}</p>
      <div className="toolbar">
        <input
          className="shown-once-value"
          readOnly
          value={value}
          aria-label={title}
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() =>
            navigator.clipboard.writeText(value).then(
              () => setCopied('yes'),
              () => setCopied('failed'),
            )
          }
        >
          {t('copy')}
        </button>
        {copied && (
          <span className={copied === 'yes' ? 'muted' : 'state-error'}>
            {t(copied === 'yes' ? 'copied' : 'copyFailed')}
          </span>
        )}
      </div>
    </div>
  )
}
