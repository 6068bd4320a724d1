import { describe, expect, it } from 'vitest'
import { holidayCalendar } from '../../holidays/holiday-calendar'
import { generatedSeries, shapeFromSeed, type SeriesShape } from './generated-series'

const korea = holidayCalendar('KR')
const calm: SeriesShape = { weekdayUsd: 100, weekendFactor: 0.5, growthPer30Days: 0, noise: 0, burstChance: 0 }

describe('generated cost series', () => {
  it('without noise, growth or bursts: weekdays at the weekday spend, weekends and holidays at the weekend factor', () => {
    // 2026-10-02 Fri, 03 Sat (개천절), 04 Sun, 05 Mon (개천절's substitute day), 09 Fri (한글날).
    const series = generatedSeries(1, '2026-10-02', '2026-10-09', calm, korea)
    expect(series.map((day) => [day.day, day.amountUsd])).toEqual([
      ['2026-10-02', '100.00'],
      ['2026-10-03', '50.00'],
      ['2026-10-04', '50.00'],
      ['2026-10-05', '50.00'],
      ['2026-10-06', '100.00'],
      ['2026-10-07', '100.00'],
      ['2026-10-08', '100.00'],
      ['2026-10-09', '50.00'],
    ])
    expect(series.every((day) => day.estimated === false)).toBe(true)
  })

  it('compounds growth per 30 days', () => {
    const series = generatedSeries(
      1,
      '2026-06-01',
      '2026-07-01',
      { ...calm, growthPer30Days: 0.1 },
      holidayCalendar('none'),
    )
    expect(series[0]!.amountUsd).toBe('100.00') // Monday 1 June
    expect(series[30]!.amountUsd).toBe('110.00') // Wednesday 1 July, 30 days later
  })

  it('is the same series for the same seed, and another for another seed', () => {
    const shape = shapeFromSeed(5)
    const a = generatedSeries(5, '2026-01-01', '2026-03-31', shape, korea)
    expect(generatedSeries(5, '2026-01-01', '2026-03-31', shape, korea)).toEqual(a)
    expect(generatedSeries(6, '2026-01-01', '2026-03-31', shape, korea)).not.toEqual(a)
  })

  it('draws shapes within the documented ranges', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const shape = shapeFromSeed(seed)
      expect(shape.weekdayUsd).toBeGreaterThanOrEqual(20)
      expect(shape.weekdayUsd).toBeLessThanOrEqual(2000)
      expect(shape.weekendFactor).toBeGreaterThanOrEqual(0.3)
      expect(shape.weekendFactor).toBeLessThanOrEqual(0.95)
      expect(shape.growthPer30Days).toBeGreaterThanOrEqual(-0.05)
      expect(shape.growthPer30Days).toBeLessThanOrEqual(0.15)
    }
  })
})
