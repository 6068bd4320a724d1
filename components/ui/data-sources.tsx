import { useTranslations } from 'next-intl'
import Link from 'next/link'

// Links inside running text must not rely on colour alone (WCAG 1.4.1).
const INLINE_LINK = { textDecoration: 'underline' } as const

/** Where data comes from, for an empty state to lead there: the demo data in Settings, AWS data from Ingestion. */
export function DataSources() {
  const t = useTranslations('ui')
  return (
    <p>
      {t.rich('dataSources', {
        settings: (text) => (
          <Link href="/settings" style={INLINE_LINK}>
            {text}
          </Link>
        ),
        ingestion: (text) => (
          <Link href="/ingestion" style={INLINE_LINK}>
            {text}
          </Link>
        ),
      })}
    </p>
  )
}
