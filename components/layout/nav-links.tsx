'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { carriedPeriod, periodOf, showsPeriod } from '@/lib/domain/periods/selected-period'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { periodSearch } from '@/lib/search-params/period'

export type NavItem = { href: string; label: string }

export function NavLinks({ items, label, onNavigate }: { items: NavItem[]; label: string; onNavigate?: () => void }) {
  const pathname = usePathname()
  // The month or range picked on this page goes with the links to the pages that show one (lib/domain/periods).
  const url = useUrlParams(periodSearch)
  const period = url.link.ok && showsPeriod(pathname) ? periodOf(url.link.value) : null
  return (
    <nav aria-label={label}>
      {items.map((item) => {
        const active = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href)
        return (
          <Link
            key={item.href}
            href={`${item.href}${periodSearch.search(carriedPeriod(item.href, period))}`}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          >
            {item.label}
          </Link>
        )
      })}
    </nav>
  )
}
