import type { ReactNode } from 'react'
import { DemoBanner } from '@/components/layout/demo-banner'
import { IngestionFailedBanner } from '@/components/layout/ingestion-failed-banner'
import { NavLinks } from '@/components/layout/nav-links'
import { NAV_ITEMS } from '@/components/layout/nav-items'
import { db } from '@/lib/server/db/prisma'
import { getIngestionFailure } from '@/lib/server/queries/get-ingestion-failure'
import { hasDemoData } from '@/lib/server/queries/has-demo-data'

export const dynamic = 'force-dynamic'

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // Banners must never stop a page from rendering: without the database the page itself says what is wrong.
  const [demo, failure] = await Promise.all([hasDemoData(db()).catch(() => false), getIngestionFailure(db()).catch(() => null)])
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          Lambda FinOps
          <small>cost, budgets, anomalies</small>
        </div>
        <NavLinks items={NAV_ITEMS} />
      </aside>
      <main className="main">
        {demo && <DemoBanner />}
        {failure && <IngestionFailedBanner failure={failure} />}
        {children}
      </main>
    </div>
  )
}
