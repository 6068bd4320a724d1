import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { CallerProvider } from '@/components/layout/caller-context'
import { DemoBanner } from '@/components/layout/demo-banner'
import { IngestionFailedBanner } from '@/components/layout/ingestion-failed-banner'
import { NAV_ITEMS } from '@/components/layout/nav-items'
import { SiteNav } from '@/components/layout/site-nav'
import { signedInCaller } from '@/lib/server/access/page'
import { callerInfo } from '@/lib/server/auth/caller'
import { db } from '@/lib/server/db/prisma'
import { getIngestionFailure } from '@/lib/server/queries/get-ingestion-failure'
import { hasDemoData } from '@/lib/server/queries/has-demo-data'
import { themePreference } from '@/lib/server/http/theme-preference'

export const dynamic = 'force-dynamic'

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // Every page checks its own permission (page()); the layout only needs someone signed in before it says anything.
  const caller = await signedInCaller()
  // Banners must never stop a page from rendering: without the database the page itself says what is wrong.
  const [demo, failure, theme, t] = await Promise.all([
    hasDemoData(db()).catch(() => false),
    getIngestionFailure(db()).catch(() => null),
    themePreference(),
    getTranslations('shell'),
  ])
  const navItems = NAV_ITEMS.map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }))
  // The messages reach the browser only past the check above (the root layout hands none to a stranger).
  return (
    <NextIntlClientProvider>
      <CallerProvider caller={callerInfo(caller)}>
        <div className="shell">
          {/* The first stop of the Tab key: past the navigation to the page itself (main takes focus, tabIndex -1). */}
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <SiteNav items={navItems} theme={theme} />
          <main className="main" id="main" tabIndex={-1}>
            {demo && <DemoBanner />}
            {failure && <IngestionFailedBanner failure={failure} />}
            {children}
          </main>
        </div>
      </CallerProvider>
    </NextIntlClientProvider>
  )
}
