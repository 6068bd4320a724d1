import { describe, expect, it } from 'vitest'
import { localHourStart, zoneAbbreviation } from './zone-label'

const JULY = Date.parse('2026-07-01T00:00:00Z')
const JANUARY = Date.parse('2026-01-15T00:00:00Z')

describe('zone labels', () => {
  it('names the zones our users live in by their familiar abbreviation', () => {
    expect(zoneAbbreviation('Asia/Seoul', JULY)).toBe('KST')
    expect(zoneAbbreviation('UTC', JULY)).toBe('UTC')
    expect(zoneAbbreviation('Asia/Tokyo', JANUARY)).toBe('JST')
  })

  it('other zones take Intl’s short name, summer time included', () => {
    expect(zoneAbbreviation('America/Los_Angeles', JULY)).toBe('PDT')
    expect(zoneAbbreviation('America/Los_Angeles', JANUARY)).toBe('PST')
    expect(zoneAbbreviation('Europe/Berlin', JULY)).toBe('GMT+2')
  })
})

describe('a UTC hour in local time', () => {
  it('the UTC-midnight hour starts at 09:00 KST', () => {
    expect(localHourStart('2026-11-30T00', 'Asia/Seoul')).toBe('2026-11-30 09:00')
    expect(localHourStart('2026-11-30T15', 'Asia/Seoul')).toBe('2026-12-01 00:00')
    expect(localHourStart('2026-11-30T15', 'UTC')).toBe('2026-11-30 15:00')
  })

  it('zones with half hours and summer time label where the hour starts', () => {
    expect(localHourStart('2026-11-30T00', 'Asia/Kolkata')).toBe('2026-11-30 05:30')
    // New York leaves summer time at 06:00 UTC on 1 November 2026: 05:00 UTC is 01:00 EDT, 06:00 UTC is 01:00 EST.
    expect(localHourStart('2026-11-01T05', 'America/New_York')).toBe('2026-11-01 01:00')
    expect(localHourStart('2026-11-01T06', 'America/New_York')).toBe('2026-11-01 01:00')
  })
})
