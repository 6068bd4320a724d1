'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

// Two kinds of budget that must not be confused: what a scope of the bill may spend in a month, and what one
// function's keep-warm pings are expected to cost.
const TABS = [
  {
    href: '/budgets/spend',
    label: 'Spend budgets',
    hint: 'Monthly spend of the total, a team, an account or a service',
  },
  { href: '/budgets', label: 'Keep-warm budgets', hint: 'What one function’s warming pings are expected to cost' },
]

export function BudgetTabs() {
  const pathname = usePathname()
  return (
    <nav className="tabs" aria-label="Kinds of budget">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className="button"
          title={tab.hint}
          aria-current={pathname === tab.href ? 'page' : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  )
}
