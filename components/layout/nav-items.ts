import type { Messages } from 'next-intl'

/** A page of the navigation: its path and its name's key in the messages (shell.nav.*). */
export type NavEntry = { href: string; key: keyof Messages['shell']['nav'] }

export const NAV_ITEMS: NavEntry[] = [
  { href: '/', key: 'overview' },
  { href: '/costs', key: 'costs' },
  { href: '/teams', key: 'teams' },
  { href: '/functions', key: 'functions' },
  { href: '/anomalies', key: 'anomalies' },
  // Spend budgets and keep-warm budgets, each on its own tab.
  { href: '/budgets', key: 'budgets' },
  { href: '/alerts', key: 'alerts' },
  { href: '/servers', key: 'servers' },
  { href: '/schedules', key: 'schedules' },
  { href: '/simulator', key: 'simulator' },
  { href: '/ingestion', key: 'ingestion' },
  { href: '/settings', key: 'settings' },
]
