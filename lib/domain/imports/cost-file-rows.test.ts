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
    const focus10 = focus[0]!.filter(
      (name) =>
        ![
          'BillingAccountType',
          'InvoiceId',
          'PricingCurrency',
          'SubAccountType',
          'ServiceSubcategory',
          'SkuMeter',
          'SkuPriceDetails',
          'CapacityReservationId',
          'CapacityReservationStatus',
          'CommitmentDiscountQuantity',
          'CommitmentDiscountUnit',
        ].includes(name),
    )
    expect(detectCostFileFormat(focus10).format).toBe('focus-1.0')
    expect(
      detectCostFileFormat([
        'identity_line_item_id',
        'line_item_usage_start_date',
        'line_item_usage_account_id',
        'line_item_line_item_type',
        'line_item_product_code',
        'line_item_usage_type',
        'line_item_usage_amount',
        'line_item_unblended_cost',
        'line_item_currency_code',
      ]).format,
    ).toBe('cur-2.0')
  })

  it('rejects a legacy CUR, missing columns, duplicates and non-CSV text with a message saying why', () => {
    expect(() =>
      detectCostFileFormat(['identity/LineItemId', 'lineItem/UsageStartDate', 'lineItem/UnblendedCost']),
    ).toThrow(/legacy Cost and Usage Report/)
    expect(() => detectCostFileFormat(focus[0]!.filter((name) => name !== 'BilledCost'))).toThrow(
      /FOCUS export but lacks the column\(s\) BilledCost/,
    )
    expect(() => detectCostFileFormat(['line_item_usage_start_date', 'line_item_unblended_cost'])).toThrow(
      /CUR 2.0 export but lacks the column\(s\) line_item_usage_account_id/,
    )
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
    expect(mapped[0]).toMatchObject({
      day: '2025-09-15',
      accountId: '111111111111',
      accountName: 'prod',
      service: 'AWS Lambda',
      unblendedCost: '0.0024',
      usageQuantity: '12000',
      usageUnit: 'Requests',
    })
    expect(mapped[0]).toMatchObject({ billingAccountId: '999999999999', billingPeriod: '2025-09-01' })
    expect(mapped[2]!.unblendedCost).toBe('0.01267006335')
    expect(sum(mapped.map((line) => line!.unblendedCost)).toFixed()).toBe('-2.70491187665')
  })

  it('reports each bad cell by column: numbers, dates, accounts, currency', () => {
    const cells = [...focus[1]!]
    const set = (column: string, value: string) => (cells[header.indexOf(column)] = value)
    set('BilledCost', '1,5')
    set('ChargePeriodStart', '15/09/2025')
    set('SubAccountId', 'prod')
    set('BillingCurrency', 'EUR')
    const result = mapFocusRow(rowOf(header, cells))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.map((e) => e.column).sort()).toEqual([
      'BilledCost',
      'BillingCurrency',
      'ChargePeriodStart',
      'SubAccountId',
    ])
    expect(!result.ok && result.errors.find((e) => e.column === 'BillingCurrency')!.message).toBe(
      'EUR: only USD and KRW amounts are supported',
    )
  })
})

describe('CUR 2.0 rows', () => {
  const header = [
    'line_item_usage_start_date',
    'line_item_usage_account_id',
    'line_item_usage_account_name',
    'line_item_line_item_type',
    'line_item_product_code',
    'line_item_usage_type',
    'line_item_usage_amount',
    'line_item_unblended_cost',
    'line_item_currency_code',
    'product_region_code',
    'pricing_unit',
    'product',
    'savings_plan_savings_plan_effective_cost',
  ]

  it('names the service as Cost Explorer does and follows Savings Plans for the amortized cost', () => {
    const usage = mapCurRow(
      rowOf(header, [
        '2026-10-03T00:00:00Z',
        '123456789012',
        'production',
        'Usage',
        'AWSLambda',
        'APN2-Lambda-GB-Second',
        '1000',
        '0.0166667',
        'USD',
        'ap-northeast-2',
        'Lambda-GB-Second',
        '{"product_name":"AWS Lambda","region":"ap-northeast-2"}',
        '',
      ]),
    )
    expect(usage).toEqual({
      ok: true,
      line: {
        currency: 'USD',
        day: '2026-10-03',
        accountId: '123456789012',
        accountName: 'production',
        service: 'AWS Lambda',
        usageType: 'APN2-Lambda-GB-Second',
        region: 'ap-northeast-2',
        recordType: 'Usage',
        unblendedCost: '0.0166667',
        amortizedCost: '0.0166667',
        usageQuantity: '1000',
        usageUnit: 'Lambda-GB-Second',
        // No payer or billing period columns: none named, and the usage day's month.
        billingAccountId: '',
        billingPeriod: '2026-10-01',
      },
    })
    const covered = mapCurRow(
      rowOf(header, [
        '2026-10-03 05:00:00',
        '123456789012',
        '',
        'SavingsPlanCoveredUsage',
        'AmazonEC2',
        'BoxUsage:m6g.large',
        '1',
        '0.077',
        'USD',
        '',
        'Hrs',
        '',
        '0.05',
      ]),
    )
    expect(covered.ok && covered.line).toMatchObject({
      service: 'Amazon Elastic Compute Cloud - Compute',
      region: 'us-east-1',
      amortizedCost: '0.05',
      accountName: null,
    })
  })
})

describe('rows the database could not hold are invalid rows, by column', () => {
  const header = [
    'line_item_usage_start_date',
    'line_item_usage_account_id',
    'line_item_line_item_type',
    'line_item_product_code',
    'line_item_usage_type',
    'line_item_usage_amount',
    'line_item_unblended_cost',
    'line_item_currency_code',
    'product_region_code',
    'product',
  ]
  const valid = [
    '2026-10-03T00:00:00Z',
    '123456789012',
    'Usage',
    'AWSLambda',
    'APN2-Request',
    '1000',
    '0.0002',
    'USD',
    'ap-northeast-2',
    '{"product_name":"AWS Lambda"}',
  ]
  const errorsOf = (changes: Record<string, string>) => {
    const cells = header.map((column, i) => changes[column] ?? valid[i]!)
    const result = mapCurRow(rowOf(header, cells))
    return result.ok ? [] : result.errors
  }

  it('accepts the valid row', () => {
    expect(errorsOf({})).toEqual([])
  })

  it('reads the payer and billing period when the export has them, and refuses them malformed', () => {
    const withBilling = [...header, 'bill_payer_account_id', 'bill_billing_period_start_date']
    const mapped = mapCurRow(rowOf(withBilling, [...valid, '999999999999', '2026-10-01T00:00:00Z']))
    expect(mapped.ok && mapped.line).toMatchObject({ billingAccountId: '999999999999', billingPeriod: '2026-10-01' })
    const bad = mapCurRow(rowOf(withBilling, [...valid, 'payer', '2026-13-01T00:00:00Z']))
    expect(!bad.ok && bad.errors.map((error) => error.column)).toEqual([
      'bill_payer_account_id',
      'bill_billing_period_start_date',
    ])
  })

  it('refuses amounts beyond what is stored, however they are written', () => {
    expect(errorsOf({ line_item_unblended_cost: '1e200000' })).toEqual([
      {
        column: 'line_item_unblended_cost',
        message: '"1e200000" is out of range (its size must be below 10,000,000,000)',
      },
    ])
    // Rounds to 10 decimals as 10,000,000,000.
    expect(errorsOf({ line_item_unblended_cost: '-9999999999.99999999995' })[0]?.message).toMatch(/out of range/)
    expect(errorsOf({ line_item_unblended_cost: '9999999999.9999999999' })).toEqual([])
    expect(errorsOf({ line_item_unblended_cost: '1e99999999999999999999' })[0]?.message).toMatch(/out of range/)
    expect(errorsOf({ line_item_unblended_cost: '1e-200000' })).toEqual([
      { column: 'line_item_unblended_cost', message: '"1e-200000" has more than 30 decimal places' },
    ])
    expect(errorsOf({ line_item_usage_amount: '1e14' })[0]).toMatchObject({
      column: 'line_item_usage_amount',
      message: expect.stringMatching(/below 100,000,000,000,000/),
    })
    expect(errorsOf({ line_item_usage_amount: '99999999999999' })).toEqual([])
  })

  it('refuses UTC days outside 2000–2099, including those a time zone offset pushes into year 10000 or year 0', () => {
    const outside = (value: string) => [
      {
        column: 'line_item_usage_start_date',
        message: `"${value}" is outside the supported dates (UTC days 2000-01-01 to 2099-12-31)`,
      },
    ]
    expect(errorsOf({ line_item_usage_start_date: '9999-12-31T23:00:00-05:00' })).toEqual(
      outside('9999-12-31T23:00:00-05:00'),
    )
    expect(errorsOf({ line_item_usage_start_date: '0001-01-01T00:30:00+01:00' })).toEqual(
      outside('0001-01-01T00:30:00+01:00'),
    )
    expect(errorsOf({ line_item_usage_start_date: '1999-12-31T23:00:00Z' })).toEqual(outside('1999-12-31T23:00:00Z'))
    expect(errorsOf({ line_item_usage_start_date: '2099-12-31T23:00:00-01:00' })).toEqual(
      outside('2099-12-31T23:00:00-01:00'),
    )
    expect(errorsOf({ line_item_usage_start_date: '2099-12-31T23:00:00Z' })).toEqual([])
  })

  it('refuses NUL characters and over-long text in what is stored', () => {
    expect(errorsOf({ line_item_usage_type: 'APN2-\u0000Request' })).toEqual([
      { column: 'line_item_usage_type', message: 'contains a NUL character' },
    ])
    expect(errorsOf({ line_item_line_item_type: 'Usage\u0000' })).toEqual([
      { column: 'line_item_line_item_type', message: 'contains a NUL character' },
    ])
    expect(errorsOf({ line_item_usage_type: 'x'.repeat(201) })).toEqual([
      { column: 'line_item_usage_type', message: 'is 201 characters long; at most 200 are stored' },
    ])
    expect(errorsOf({ product: `{"product_name":"${'y'.repeat(201)}"}` })).toEqual([
      { column: 'product', message: 'its product_name is longer than 200 characters' },
    ])
    // The product map is only parsed: its length is not a stored value's.
    expect(errorsOf({ product: `{"product_name":"AWS Lambda","description":"${'z'.repeat(5_000)}"}` })).toEqual([])
  })
})

describe('tax lines', () => {
  it('are filed under the service "Tax", as Cost Explorer shows them, in CUR 2.0 and FOCUS alike', () => {
    const curHeader = [
      'line_item_usage_start_date',
      'line_item_usage_account_id',
      'line_item_line_item_type',
      'line_item_product_code',
      'line_item_usage_type',
      'line_item_usage_amount',
      'line_item_unblended_cost',
      'line_item_currency_code',
      'product_product_name',
    ]
    const cur = mapCurRow(
      rowOf(curHeader, [
        '2026-10-01T00:00:00Z',
        '123456789012',
        'Tax',
        'AWSLambda',
        '',
        '0',
        '0.015',
        'USD',
        'AWS Lambda',
      ]),
    )
    expect(cur.ok && cur.line).toMatchObject({ service: 'Tax', recordType: 'Tax', unblendedCost: '0.015' })
    const header = focus[0]!
    const cells = [...focus[1]!]
    cells[header.indexOf('ChargeCategory')] = 'Tax'
    const tax = mapFocusRow(rowOf(header, cells))
    expect(tax.ok && tax.line).toMatchObject({ service: 'Tax', recordType: 'Tax' })
  })
})
