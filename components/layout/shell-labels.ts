// The words of the dashboard's shell (skip link, menu, theme control) in one place, to move to the message
// files when the dashboard speaks Korean too.
import type { ThemePreference } from '@/lib/theme'

export const SHELL_LABELS = {
  brand: 'Lambda FinOps',
  tagline: 'cost, budgets, anomalies',
  skipToContent: 'Skip to main content',
  navigation: 'Main',
  openMenu: 'Menu',
  theme: 'Theme',
  themes: { system: 'System', light: 'Light', dark: 'Dark' } satisfies Record<ThemePreference, string>,
} as const
