import type { NavItem } from './nav-links'

export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Overview' },
  { href: '/costs', label: 'Costs' },
  { href: '/teams', label: 'Teams' },
  { href: '/functions', label: 'Functions' },
  { href: '/anomalies', label: 'Anomalies' },
  // Spend budgets and keep-warm budgets, each on its own tab.
  { href: '/budgets', label: 'Budgets' },
  { href: '/alerts', label: 'Alerts' },
  { href: '/servers', label: 'Servers' },
  { href: '/schedules', label: 'Schedules' },
  { href: '/simulator', label: 'Simulator' },
  { href: '/ingestion', label: 'Ingestion' },
  { href: '/settings', label: 'Settings' },
]
