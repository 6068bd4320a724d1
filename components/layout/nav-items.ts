import type { NavItem } from './nav-links'

export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Overview' },
  { href: '/ingestion', label: 'Ingestion' },
  { href: '/settings', label: 'Settings' },
]
