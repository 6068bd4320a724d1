import { describe, expect, it } from 'vitest'
import { defaultTimeZone, parseTimeZone, timeZoneCookie } from './time-zones'

describe('the reader’s time zone', () => {
  it('is Seoul for a Korean reader and UTC for anyone else, until they choose', () => {
    expect(defaultTimeZone('ko')).toBe('Asia/Seoul')
    expect(defaultTimeZone('en')).toBe('UTC')
  })

  it('is an IANA zone the platform knows, or nothing', () => {
    expect(parseTimeZone('Asia/Seoul')).toBe('Asia/Seoul')
    expect(parseTimeZone('UTC')).toBe('UTC')
    expect(parseTimeZone('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires')
    for (const bad of [
      'Mars/Olympus',
      '',
      null,
      undefined,
      'Asia/Seoul; Path=/',
      `Asia/${'x'.repeat(64)}`,
      'Asia Seoul',
    ])
      expect(parseTimeZone(bad)).toBeNull()
  })

  it('is kept in a cookie for a year, written so that any zone name survives', () => {
    expect(timeZoneCookie('America/Argentina/Buenos_Aires')).toBe(
      'finops-time-zone=America%2FArgentina%2FBuenos_Aires; Path=/; Max-Age=31536000; SameSite=Lax',
    )
  })
})
