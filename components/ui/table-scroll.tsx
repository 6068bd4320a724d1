import type { ReactNode } from 'react'

/**
 * A table that may be wider than its card (on a phone, say) scrolls sideways inside this box. The box takes
 * keyboard focus, so the hidden columns can be reached with the arrow keys too (WCAG 2.1.1), and is named.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
