import type { ReactNode } from 'react'
import { BudgetTabs } from './_components/budget-tabs'

// Both kinds of budget under one navigation entry, each named on its tab.
export default function BudgetsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <BudgetTabs />
      {children}
    </>
  )
}
