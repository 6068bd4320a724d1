import { describe, expect, it } from 'vitest'
import { safeReturnPath, signInPath } from './return-path'

describe('the path to return to after signing in', () => {
  it('keeps a path on this dashboard, with its query', () => {
    expect(safeReturnPath('/costs?month=2026-10&groupBy=service')).toBe('/costs?month=2026-10&groupBy=service')
    expect(signInPath('/functions/7')).toBe('/sign-in?next=%2Ffunctions%2F7')
  })

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    'costs',
    '',
    '/sign-in',
    '/sign-in?next=/x',
    '/setup#token=x',
    `/${'a'.repeat(2001)}`,
  ])('goes to the overview instead of %j', (value) => {
    expect(safeReturnPath(value)).toBe('/')
  })

  it('leaves next out when the overview is the destination anyway', () => {
    expect(signInPath(null)).toBe('/sign-in')
    expect(signInPath('//evil.example')).toBe('/sign-in')
  })
})
