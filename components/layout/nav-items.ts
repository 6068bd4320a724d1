import type { NavItem } from './nav-links'

export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Overview' },
  { href: '/simulator', label: 'Simulator' },
  { href: '/settings', label: 'Settings' },
]
