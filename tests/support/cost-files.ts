// Cost exports for the import tests, built from the recorded FOCUS 1.2 sample (tests/fixtures/aws): the sample's
// five rows (four Lambda usage lines and a credit) repeated for every hour of the given days, each hour's amounts
// and quantities scaled by a different factor, so that a day's line item is the sum of many rows and each row is
// its own line. The same lines can be written as FOCUS or as CUR 2.0 (with identity_line_item_id and
// identity_time_interval), and split into parts the way AWS Data Exports splits a billing period.
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { mapCurRow } from '../../lib/domain/imports/map-cur-row'
import { mapFocusRow } from '../../lib/domain/imports/map-focus-row'
import { Decimal, ZERO, sum, toDecimal } from '../../lib/domain/money'
import { awsFixturePath } from './aws-fixtures'

const [FOCUS_HEADER, ...SAMPLE] = parse(readFileSync(awsFixturePath('focus-1.2-aws-lambda.synthetic.csv')), {
  bom: true,
}) as string[][]
const header = FOCUS_HEADER!
const at = (name: string) => header.indexOf(name)
const SCALED = [
  'BilledCost',
  'EffectiveCost',
  'ListCost',
  'ContractedCost',
  'PricingCurrencyEffectiveCost',
  'ConsumedQuantity',
  'PricingQuantity',
]

export type ExportRows = { header: string[]; rows: string[][] }

/** The sample's rows for every hour of `days` (all in the sample's billing period, September 2025), in time order. */
export function focusExport(days: string[], options: { payer?: string } = {}): ExportRows {
  const rows: string[][] = []
  for (const day of days) {
    for (let hour = 0; hour < 24; hour++) {
      const start = `${day}T${String(hour).padStart(2, '0')}:00:00Z`
      const end = hour === 23 ? `${day}T23:59:59Z` : `${day}T${String(hour + 1).padStart(2, '0')}:00:00Z`
      const factor = toDecimal(1 + hour).dividedBy(8)
      for (const sample of SAMPLE) {
        const row = [...sample]
        row[at('ChargePeriodStart')] = start
        row[at('ChargePeriodEnd')] = end
        for (const name of SCALED) if (row[at(name)]) row[at(name)] = toDecimal(row[at(name)]!).times(factor).toFixed()
        if (options.payer) row[at('BillingAccountId')] = options.payer
        rows.push(row)
      }
    }
  }
  return { header, rows }
}

/** The same lines as a CUR 2.0 export: each row named by identity_line_item_id and its hour's identity_time_interval. */
export function curExport(focus: ExportRows): ExportRows {
  const curHeader = [
    'identity_line_item_id',
    'identity_time_interval',
    'bill_payer_account_id',
    'bill_billing_period_start_date',
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
    'product_product_name',
  ]
  const rows = focus.rows.map((row, index) => {
    const cell = (name: string) => row[at(name)]!
    const mapped = mapFocusRow((name) => (at(name) < 0 ? undefined : row[at(name)]))
    if (!mapped.ok) throw new Error(`sample row ${index} does not map: ${JSON.stringify(mapped.errors)}`)
    return [
      `li-${index % SAMPLE.length}-${cell('ResourceId')}`,
      `${cell('ChargePeriodStart')}/${cell('ChargePeriodEnd')}`,
      cell('BillingAccountId'),
      cell('BillingPeriodStart'),
      cell('ChargePeriodStart'),
      cell('SubAccountId'),
      cell('SubAccountName'),
      cell('ChargeCategory'),
      cell('x_ServiceCode') || 'AWSLambda',
      mapped.line.usageType,
      cell('ConsumedQuantity'),
      cell('BilledCost'),
      'USD',
      cell('RegionId'),
      cell('ConsumedUnit'),
      cell('ServiceName'),
    ]
  })
  return { header: curHeader, rows }
}

export function csvOf(file: ExportRows): Buffer {
  return Buffer.from(stringify([file.header, ...file.rows]))
}

/** The export cut into parts at line boundaries, as Data Exports writes a large billing period: in the middle of a day. */
export function partsOf(file: ExportRows, count: number): ExportRows[] {
  const cuts = [
    0,
    ...Array.from({ length: count - 1 }, (_, i) => (i + 1) * Math.floor(file.rows.length / count) + 3),
    file.rows.length,
  ]
  return cuts.slice(1).map((end, part) => ({ header: file.header, rows: file.rows.slice(cuts[part], end) }))
}

/** What the export bills in all: the sum of its rows' billed cost. */
export function billedTotal(file: ExportRows): string {
  const column = file.header.includes('BilledCost')
    ? file.header.indexOf('BilledCost')
    : file.header.indexOf('line_item_unblended_cost')
  return sum(file.rows.map((row) => row[column]!)).toFixed()
}

/** A column of a row, by name. */
export function cellOf(file: ExportRows, row: string[], name: string): string {
  return row[file.header.indexOf(name)]!
}

/**
 * What cost_line_item holds for the export, in all: its rows summed per day, account, service, usage type, region
 * and record type, each sum rounded once to the 10 decimals a line item keeps (half away from zero).
 */
export function storedTotalOf(file: ExportRows): string {
  const map = file.header.includes('BilledCost') ? mapFocusRow : mapCurRow
  const sums = new Map<string, Decimal>()
  for (const row of file.rows) {
    const mapped = map((name) => (file.header.includes(name) ? row[file.header.indexOf(name)] : undefined))
    if (!mapped.ok) throw new Error(`row does not map: ${JSON.stringify(mapped.errors)}`)
    const { day, accountId, service, usageType, region, recordType, unblendedCost } = mapped.line
    const key = [day, accountId, service, usageType, region, recordType].join('|')
    sums.set(key, (sums.get(key) ?? ZERO).plus(unblendedCost))
  }
  return sum([...sums.values()].map((total) => total.toDecimalPlaces(10, Decimal.ROUND_HALF_UP))).toFixed()
}

/**
 * The same export billed in won, as AWS Korea invoices: its currency column says KRW and each amount in the billing
 * currency is the dollar amount × `krwPerUsd`, exactly (so won ÷ that rate gives the dollars back exactly).
 */
export function inWon(file: ExportRows, krwPerUsd: string): ExportRows {
  const focus = file.header.includes('BilledCost')
  const currency = file.header.indexOf(focus ? 'BillingCurrency' : 'line_item_currency_code')
  const amounts = (focus ? ['BilledCost', 'EffectiveCost', 'ListCost', 'ContractedCost'] : ['line_item_unblended_cost'])
    .map((name) => file.header.indexOf(name))
    .filter((index) => index >= 0)
  const rows = file.rows.map((row) => {
    const copy = [...row]
    copy[currency] = 'KRW'
    for (const index of amounts) if (copy[index]) copy[index] = toDecimal(copy[index]!).times(krwPerUsd).toFixed()
    return copy
  })
  return { header: file.header, rows }
}
