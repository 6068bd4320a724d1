import Link from 'next/link'

// Links inside running text must not rely on colour alone (WCAG 1.4.1).
const INLINE_LINK = { textDecoration: 'underline' } as const

/** Where data comes from, for an empty state to lead there: the demo data in Settings, AWS data from Ingestion. */
export function DataSources() {
  return (
    <p>
      Load the demo data in <Link href="/settings" style={INLINE_LINK}>
        Settings
      </Link>, or bring in your AWS account&apos;s data (Cost Explorer, CloudWatch, or a CUR/FOCUS file) from{' '}
      <Link href="/ingestion" style={INLINE_LINK}>
        Ingestion
      </Link>.
    </p>
  )
}
