import type { NavItem } from './nav-links'

export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Overview' },
  { href: '/costs', label: 'Costs' },
  { href: '/teams', label: 'Teams' },
  { href: '/functions', label: 'Functions' },
  { href: '/anomalies', label: 'Anomalies' },
  { href: '/budgets', label: 'Keep-warm budgets' },
  { href: '/alerts', label: 'Alerts' },
  { href: '/simulator', label: 'Simulator' },
  { href: '/ingestion', label: 'Ingestion' },
  { href: '/settings', label: 'Settings' },
]
