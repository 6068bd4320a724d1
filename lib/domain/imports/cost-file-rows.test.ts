import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { sum } from '@/lib/domain/money'
import { awsFixturePath } from '@/tests/support/aws-fixtures'
import { CostFileStructureError, detectCostFileFormat } from './detect-cost-file-format'
import type { Row } from './imported-line'
import { mapCurRow } from './map-cur-row'
import { mapFocusRow } from './map-focus-row'

const focus = parse(readFileSync(awsFixturePath('focus-1.2-aws-lambda.synthetic.csv')), { bom: true }) as string[][]
const rowOf = (header: string[], cells: string[]): Row => {
  const index = new Map(header.map((name, i) => [name, i]))
  return (column) => {
    const i = index.get(column)
    return i === undefined ? undefined : cells[i]
  }
}

describe('cost file header', () => {
  it('recognises the recorded FOCUS 1.2 export, and FOCUS 1.0 and CUR 2.0 by their columns', () => {
    expect(detectCostFileFormat(focus[0]!).format).toBe('focus-1.2')
    const focus10 = focus[0]!.filter((name) => !['BillingAccountType', 'InvoiceId', 'PricingCurrency', 'SubAccountType', 'ServiceSubcategory', 'SkuMeter', 'SkuPriceDetails', 'CapacityReservationId', 'CapacityReservationStatus', 'CommitmentDiscountQuantity', 'CommitmentDiscountUnit'].includes(name))
    expect(detectCostFileFormat(focus10).format).toBe('focus-1.0')
    expect(detectCostFileFormat(['identity_line_item_id', 'line_item_usage_start_date', 'line_item_usage_account_id', 'line_item_line_item_type', 'line_item_product_code', 'line_item_usage_type', 'line_item_usage_amount', 'line_item_unblended_cost', 'line_item_currency_code']).format).toBe('cur-2.0')
  })

  it('rejects a legacy CUR, missing columns, duplicates and non-CSV text with a message saying why', () => {
    expect(() => detectCostFileFormat(['identity/LineItemId', 'lineItem/UsageStartDate', 'lineItem/UnblendedCost'])).toThrow(/legacy Cost and Usage Report/)
    expect(() => detectCostFileFormat(focus[0]!.filter((name) => name !== 'BilledCost'))).toThrow(/FOCUS export but lacks the column\(s\) BilledCost/)
    expect(() => detectCostFileFormat(['line_item_usage_start_date', 'line_item_unblended_cost'])).toThrow(/CUR 2.0 export but lacks the column\(s\) line_item_usage_account_id/)
    expect(() => detectCostFileFormat(['BilledCost', 'BilledCost'])).toThrow(/names column "BilledCost" twice/)
    expect(() => detectCostFileFormat(['date;cost;service'])).toThrow(CostFileStructureError)
    expect(() => detectCostFileFormat(['date', 'cost', 'service'])).toThrow(/matches neither FOCUS/)
  })
})

describe('FOCUS rows', () => {
  const header = focus[0]!
  const lines = focus.slice(1).map((cells) => mapFocusRow(rowOf(header, cells)))

  it('maps the recorded Lambda rows to Cost Explorer usage types, per region, with exact amounts', () => {
    expect(lines.every((line) => line.ok)).toBe(true)
    const mapped = lines.map((line) => (line.ok ? line.line : null))
    expect(mapped.map((line) => [line!.usageType, line!.region, line!.recordType])).toEqual([
      ['Request', 'us-east-1', 'Usage'],
      ['Lambda-GB-Second', 'us-east-1', 'Usage'],
      ['APN2-Lambda-GB-Second-ARM', 'ap-northeast-2', 'Usage'],
      ['Lambda-Provisioned-Concurrency', 'us-east-1', 'Usage'],
      ['', 'global', 'Credit'],
    ])
    expect(mapped[0]).toMatchObject({ day: '2025-09-15', accountId: '111111111111', accountName: 'prod', service: 'AWS Lambda', unblendedCost: '0.0024', usageQuantity: '12000', usageUnit: 'Requests' })
    expect(mapped[2]!.unblendedCost).toBe('0.01267006335')
    expect(sum(mapped.map((line) => line!.unblendedCost)).toFixed()).toBe('-2.70491187665')
  })

  it('reports each bad cell by column: numbers, dates, accounts, currency', () => {
    const cells = [...focus[1]!]
    const set = (column: string, value: string) => (cells[header.indexOf(column)] = value)
    set('BilledCost', '1,5')
    set('ChargePeriodStart', '15/09/2025')
    set('SubAccountId', 'prod')
    set('BillingCurrency', 'KRW')
    const result = mapFocusRow(rowOf(header, cells))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.map((e) => e.column).sort()).toEqual(['BilledCost', 'BillingCurrency', 'ChargePeriodStart', 'SubAccountId'])
    expect(!result.ok && result.errors.find((e) => e.column === 'BillingCurrency')!.message).toMatch(/only USD/)
  })
})

describe('CUR 2.0 rows', () => {
  const header = ['line_item_usage_start_date', 'line_item_usage_account_id', 'line_item_usage_account_name', 'line_item_line_item_type', 'line_item_product_code', 'line_item_usage_type', 'line_item_usage_amount', 'line_item_unblended_cost', 'line_item_currency_code', 'product_region_code', 'pricing_unit', 'product', 'savings_plan_savings_plan_effective_cost']

  it('names the service as Cost Explorer does and follows Savings Plans for the amortized cost', () => {
    const usage = mapCurRow(rowOf(header, ['2026-10-03T00:00:00Z', '123456789012', 'production', 'Usage', 'AWSLambda', 'APN2-Lambda-GB-Second', '1000', '0.0166667', 'USD', 'ap-northeast-2', 'Lambda-GB-Second', '{"product_name":"AWS Lambda","region":"ap-northeast-2"}', '']))
    expect(usage).toEqual({
      ok: true,
      line: { day: '2026-10-03', accountId: '123456789012', accountName: 'production', service: 'AWS Lambda', usageType: 'APN2-Lambda-GB-Second', region: 'ap-northeast-2', recordType: 'Usage', unblendedCost: '0.0166667', amortizedCost: '0.0166667', usageQuantity: '1000', usageUnit: 'Lambda-GB-Second' },
    })
    const covered = mapCurRow(rowOf(header, ['2026-10-03 05:00:00', '123456789012', '', 'SavingsPlanCoveredUsage', 'AmazonEC2', 'BoxUsage:m6g.large', '1', '0.077', 'USD', '', 'Hrs', '', '0.05']))
    expect(covered.ok && covered.line).toMatchObject({ service: 'Amazon Elastic Compute Cloud - Compute', region: 'us-east-1', amortizedCost: '0.05', accountName: null })
  })
})
