// The reader's theme choice. "system" follows prefers-color-scheme (no attribute on <html>); "light" and "dark"
// are kept in a cookie, so the server renders <html data-theme> and the first paint already has the right colours
// without any script (the CSP allows no inline script without its nonce, and none is needed).

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const
export type ThemePreference = (typeof THEME_PREFERENCES)[number]

export const THEME_COOKIE = 'finops-theme'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

/** Anything but a known choice (no cookie, an old or edited value) follows the system. */
export function parseThemePreference(value: string | undefined): ThemePreference {
  return THEME_PREFERENCES.find((preference) => preference === value) ?? 'system'
}

/** The value of <html data-theme> for a choice: none when the system decides. */
export function themeAttribute(preference: ThemePreference): 'light' | 'dark' | undefined {
  return preference === 'system' ? undefined : preference
}

/** The Set-Cookie text (document.cookie) that keeps a choice for a year; "system" clears it. */
export function themeCookie(preference: ThemePreference): string {
  const lifetime = preference === 'system' ? 0 : ONE_YEAR_SECONDS
  return `${THEME_COOKIE}=${preference === 'system' ? '' : preference}; Path=/; Max-Age=${lifetime}; SameSite=Lax`
}
