import type { NavItem } from './nav-links'

export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Overview' },
  { href: '/costs', label: 'Costs' },
  { href: '/settings', label: 'Settings' },
]
