'use client'

import type { MouseEvent, ReactNode } from 'react'

/** A real link (copyable, opens in a new tab) that changes the view in place on a plain click. */
export function ViewLink({
  href,
  onNavigate,
  children,
  className,
  ariaLabel,
}: {
  href: string
  onNavigate: () => void
  children: ReactNode
  className?: string
  ariaLabel?: string
}) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    onNavigate()
  }
  return (
    <a href={href} onClick={click} className={className} aria-label={ariaLabel}>
      {children}
    </a>
  )
}
