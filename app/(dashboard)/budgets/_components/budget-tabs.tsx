'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { carriedPeriod, periodOf, showsPeriod } from '@/lib/domain/periods/selected-period'
import { useUrlParams } from '@/lib/hooks/use-url-params'
import { periodSearch } from '@/lib/search-params/period'

// Two kinds of budget that must not be confused: what a scope of the bill may spend in a month, and what one
// function's keep-warm pings are expected to cost. The month picked on one tab goes with the link to the other.
const TABS = [
  { href: '/budgets/spend', key: 'spend' },
  { href: '/budgets', key: 'keepWarm' },
] as const

export function BudgetTabs() {
  const t = useTranslations('budgets.tabs')
  const pathname = usePathname()
  const url = useUrlParams(periodSearch)
  const period = url.link.ok && showsPeriod(pathname) ? periodOf(url.link.value) : null
  return (
    <nav className="tabs" aria-label={t('label')}>
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={`${tab.href}${periodSearch.search(carriedPeriod(tab.href, period))}`}
          className="button"
          title={t(`${tab.key}.hint`)}
          aria-current={pathname === tab.href ? 'page' : undefined}
        >
          {t(`${tab.key}.label`)}
        </Link>
      ))}
    </nav>
  )
}
