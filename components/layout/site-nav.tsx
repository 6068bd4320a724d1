'use client'

import { useTranslations } from 'next-intl'
import { usePathname } from 'next/navigation'
import { useRef, useState } from 'react'
import { LanguageSwitcher } from './language-switcher'
import { NavLinks, type NavItem } from './nav-links'
import type { ThemePreference } from '@/lib/theme'
import { ThemeControl } from './theme-control'
import { TimeZoneSwitcher } from './time-zone-switcher'
import { UserMenu } from './user-menu'

/**
 * The sidebar: a column beside the page on wide screens; on narrow ones a bar whose menu button opens the same
 * links below it (CSS decides which, globals.css). The menu closes on navigation and on Escape, which returns
 * focus to the button.
 */
export function SiteNav({ items, theme }: { items: NavItem[]; theme: ThemePreference }) {
  const t = useTranslations('shell')
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const pathname = usePathname()
  const [shownFor, setShownFor] = useState(pathname)
  if (shownFor !== pathname) {
    setShownFor(pathname)
    setOpen(false)
  }
  return (
    <aside
      className="sidebar"
      data-open={open || undefined}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        setOpen(false)
        button.current?.focus()
      }}
    >
      <div className="sidebar-top">
        <div className="brand">
          {t('brand')}
          <small>{t('tagline')}</small>
        </div>
        <button
          ref={button}
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="site-menu"
          onClick={() => setOpen(!open)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('openMenu')}
        </button>
      </div>
      <div className="sidebar-menu" id="site-menu">
        <NavLinks items={items} label={t('navigation')} onNavigate={() => setOpen(false)} />
        <ThemeControl initial={theme} />
        <LanguageSwitcher />
        <TimeZoneSwitcher />
        <UserMenu />
      </div>
    </aside>
  )
}
