import { describe, expect, it } from 'vitest'
import { formatSmallUsd } from './format-small-usd'

describe('formatSmallUsd', () => {
  it('shows cents from a dollar up, and enough digits below it', () => {
    expect(formatSmallUsd('293.7412')).toBe('$293.74')
    expect(formatSmallUsd('0.384')).toBe('$0.384')
    expect(formatSmallUsd('0.00403')).toBe('$0.0040')
    expect(formatSmallUsd('-0.05')).toBe('-$0.050')
    expect(formatSmallUsd(0)).toBe('$0.00')
  })
})
