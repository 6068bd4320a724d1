import 'server-only'
import { cookies } from 'next/headers'
import { parseThemePreference, THEME_COOKIE, type ThemePreference } from '@/lib/theme'

/** The theme the reader chose (the cookie the theme control writes), for the server's first render. */
export async function themePreference(): Promise<ThemePreference> {
  return parseThemePreference((await cookies()).get(THEME_COOKIE)?.value)
}
