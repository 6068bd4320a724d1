// Tells a FOCUS (1.0, 1.1, 1.2) export from a CUR 2.0 export by its header, and refuses anything else with a
// message naming what is missing. Structural problems reject the whole file.
export type CostFileFormat = 'focus-1.0' | 'focus-1.1' | 'focus-1.2' | 'cur-2.0'

export class CostFileStructureError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CostFileStructureError'
  }
}

/** Columns every FOCUS version has and the import needs. */
export const FOCUS_REQUIRED = [
  'BilledCost',
  'EffectiveCost',
  'BillingCurrency',
  'ChargeCategory',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'ServiceName',
  'SubAccountId',
] as const
const FOCUS_1_2_ONLY = ['BillingAccountType', 'InvoiceId', 'PricingCurrency', 'SubAccountType']
const FOCUS_1_1_ADDED = [
  'ServiceSubcategory',
  'SkuMeter',
  'SkuPriceDetails',
  'CapacityReservationId',
  'CommitmentDiscountQuantity',
]

export const CUR2_REQUIRED = [
  'line_item_usage_start_date',
  'line_item_usage_account_id',
  'line_item_line_item_type',
  'line_item_product_code',
  'line_item_usage_type',
  'line_item_usage_amount',
  'line_item_unblended_cost',
  'line_item_currency_code',
] as const

export function detectCostFileFormat(header: readonly string[]): {
  format: CostFileFormat
  index: Map<string, number>
} {
  const names = header.map((name) => name.trim())
  if (names.length < 2)
    throw new CostFileStructureError(
      'The first line is not a CSV header (expected comma-separated column names); check the delimiter and the encoding (UTF-8).',
    )
  const index = new Map<string, number>()
  names.forEach((name, position) => {
    if (!name) throw new CostFileStructureError(`Column ${position + 1} of the header has no name.`)
    if (index.has(name)) throw new CostFileStructureError(`The header names column "${name}" twice.`)
    index.set(name, position)
  })
  if (names.some((name) => /^(lineItem|bill|product|pricing)\//.test(name))) {
    throw new CostFileStructureError(
      'This is a legacy Cost and Usage Report (columns like lineItem/UsageStartDate). Export CUR 2.0 or FOCUS from AWS Data Exports instead.',
    )
  }
  const focusHits = FOCUS_REQUIRED.filter((name) => index.has(name))
  const curHits = CUR2_REQUIRED.filter((name) => index.has(name))
  if (focusHits.length >= curHits.length && focusHits.length > 0) {
    const missing = FOCUS_REQUIRED.filter((name) => !index.has(name))
    if (missing.length)
      throw new CostFileStructureError(`This looks like a FOCUS export but lacks the column(s) ${missing.join(', ')}.`)
    const version = FOCUS_1_2_ONLY.some((name) => index.has(name))
      ? '1.2'
      : FOCUS_1_1_ADDED.some((name) => index.has(name))
        ? '1.1'
        : '1.0'
    return { format: `focus-${version}`, index }
  }
  if (curHits.length > 0) {
    const missing = CUR2_REQUIRED.filter((name) => !index.has(name))
    if (missing.length)
      throw new CostFileStructureError(
        `This looks like a CUR 2.0 export but lacks the column(s) ${missing.join(', ')}.`,
      )
    return { format: 'cur-2.0', index }
  }
  throw new CostFileStructureError(
    `The header matches neither FOCUS (needs ${FOCUS_REQUIRED.join(', ')}) nor CUR 2.0 (needs ${CUR2_REQUIRED.join(', ')}); found ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}.`,
  )
}
