import { describe, expect, it } from 'vitest'
import { parseThemePreference, themeAttribute, themeCookie } from './theme'

describe('theme preference', () => {
  it('reads a saved choice and follows the system for anything else', () => {
    expect(parseThemePreference('dark')).toBe('dark')
    expect(parseThemePreference('light')).toBe('light')
    expect(parseThemePreference(undefined)).toBe('system')
    expect(parseThemePreference('')).toBe('system')
    expect(parseThemePreference('Dark')).toBe('system')
    expect(parseThemePreference('system')).toBe('system')
  })

  it('puts an explicit choice on <html> and leaves the system choice to prefers-color-scheme', () => {
    expect(themeAttribute('dark')).toBe('dark')
    expect(themeAttribute('light')).toBe('light')
    expect(themeAttribute('system')).toBeUndefined()
  })

  it('keeps an explicit choice for a year and clears the cookie for the system choice', () => {
    expect(themeCookie('dark')).toBe('finops-theme=dark; Path=/; Max-Age=31536000; SameSite=Lax')
    expect(themeCookie('system')).toBe('finops-theme=; Path=/; Max-Age=0; SameSite=Lax')
  })
})
