import type { ReactNode } from 'react'
import { DemoBanner } from '@/components/layout/demo-banner'
import { NavLinks } from '@/components/layout/nav-links'
import { NAV_ITEMS } from '@/components/layout/nav-items'
import { db } from '@/lib/server/db/prisma'
import { hasDemoData } from '@/lib/server/queries/has-demo-data'

export const dynamic = 'force-dynamic'

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const demo = await hasDemoData(db()).catch(() => false)
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
        {children}
      </main>
    </div>
  )
}
