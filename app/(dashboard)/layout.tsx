import type { ReactNode } from 'react'
import { DemoBanner } from '@/components/layout/demo-banner'
import { IngestionFailedBanner } from '@/components/layout/ingestion-failed-banner'
import { NAV_ITEMS } from '@/components/layout/nav-items'
import { SHELL_LABELS } from '@/components/layout/shell-labels'
import { SiteNav } from '@/components/layout/site-nav'
import { db } from '@/lib/server/db/prisma'
import { getIngestionFailure } from '@/lib/server/queries/get-ingestion-failure'
import { hasDemoData } from '@/lib/server/queries/has-demo-data'
import { themePreference } from '@/lib/server/http/theme-preference'

export const dynamic = 'force-dynamic'

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // Banners must never stop a page from rendering: without the database the page itself says what is wrong.
  const [demo, failure, theme] = await Promise.all([hasDemoData(db()).catch(() => false), getIngestionFailure(db()).catch(() => null), themePreference()])
  return (
    <div className="shell">
      {/* The first stop of the Tab key: past the navigation to the page itself (main takes focus, tabIndex -1). */}
      <a className="skip-link" href="#main">
        {SHELL_LABELS.skipToContent}
      </a>
      <SiteNav items={NAV_ITEMS} theme={theme} />
      <main className="main" id="main" tabIndex={-1}>
        {demo && <DemoBanner />}
        {failure && <IngestionFailedBanner failure={failure} />}
        {children}
      </main>
    </div>
  )
}
