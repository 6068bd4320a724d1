import { describe, expect, it } from 'vitest'
import { SERIES_COLORS, seriesColors } from './palette'

describe('seriesColors', () => {
  it('gives a well-known service the same colour whatever its rank', () => {
    const [lambdaFirst] = seriesColors(['AWS Lambda', 'Amazon Simple Storage Service'])
    const lambdaLater = seriesColors(['Amazon Relational Database Service', 'EC2 - Other', 'AWS Lambda'])[2]
    expect(lambdaFirst).toBe(lambdaLater)
  })

  it('never gives two of up to eight series the same colour, and keeps grey for "Other"', () => {
    const names = ['orders-api', 'AWS Lambda', 'checkout-api', 'search-api', 'Amazon DynamoDB', 'auth', 'image-resizer', 'Other']
    const colors = seriesColors(names)
    expect(new Set(colors).size).toBe(names.length)
    expect(colors.every((color) => SERIES_COLORS.includes(color))).toBe(true)
    expect(colors[7]).toBe('#8893a4')
    expect(seriesColors(['a', 'b', 'c', 'd', 'e', 'f', 'g']).includes('#8893a4')).toBe(false)
    // Eight services and no "Other": grey is the eighth colour rather than a repeat.
    const services = ['AWS Cost Explorer', 'AWS Lambda', 'Amazon DynamoDB', 'Amazon Elastic Compute Cloud - Compute', 'Amazon Relational Database Service', 'Amazon Simple Storage Service', 'AmazonCloudWatch', 'EC2 - Other']
    expect(new Set(seriesColors(services)).size).toBe(8)
  })
})
