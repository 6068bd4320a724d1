import Link from 'next/link'

export function DemoBanner() {
  return (
    <div className="banner banner-demo" role="status">
      <span>
        <strong>Demo data.</strong> You are looking at a generated account with known incidents, not your AWS bill.
      </span>
      <Link href="/settings">Remove demo data</Link>
    </div>
  )
}
