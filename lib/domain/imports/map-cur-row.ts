// A CUR 2.0 row → a line item. The service is named as Cost Explorer names it (the product name), the usage
// type and line item type are kept as they are, and amortized cost follows Savings Plans and reservations.
import { GLOBAL_REGION, isKnownRegion } from '@/lib/domain/regions'
import { regionOfUsageType } from '@/lib/domain/usage-type-region'
import { IMPORT_LIMITS, type MappedRow, type Row, RowReader, TAX_SERVICE } from './imported-line'

/** Product codes → Cost Explorer service names, for exports without the product name. */
const SERVICE_NAMES: Record<string, string> = {
  AWSLambda: 'AWS Lambda',
  AmazonEC2: 'Amazon Elastic Compute Cloud - Compute',
  AmazonS3: 'Amazon Simple Storage Service',
  AmazonRDS: 'Amazon Relational Database Service',
  AmazonDynamoDB: 'Amazon DynamoDB',
  AmazonCloudWatch: 'AmazonCloudWatch',
  AmazonApiGateway: 'Amazon API Gateway',
  AWSCostExplorer: 'AWS Cost Explorer',
}

export function mapCurRow(row: Row): MappedRow {
  const read = new RowReader(row)
  const day = read.day('line_item_usage_start_date')
  const accountId = read.accountId('line_item_usage_account_id')
  const accountName = read.text('line_item_usage_account_name')
  const recordType = read.text('line_item_line_item_type', { required: true })
  const productCode = read.text('line_item_product_code', { required: true })
  const currency = read.currency('line_item_currency_code')
  const unblendedCost = read.amount('line_item_unblended_cost', { required: true })
  const usageQuantity = read.amount('line_item_usage_amount', { quantity: true })
  const amortizedCost =
    recordType === 'SavingsPlanCoveredUsage'
      ? read.amount('savings_plan_savings_plan_effective_cost', { fallback: unblendedCost })
      : recordType === 'DiscountedUsage'
        ? read.amount('reservation_effective_cost', { fallback: unblendedCost })
        : recordType === 'SavingsPlanNegation'
          ? '0'
          : unblendedCost
  const usageType = read.text('line_item_usage_type')
  const regionCode = read.text('product_region_code')
  const productName = read.text('product_product_name') || productNameFromMap(read.text('product', { unbounded: true }))
  const usageUnit = read.text('pricing_unit')
  const billingAccountId = read.payer('bill_payer_account_id')
  const billingPeriod = read.billingPeriod('bill_billing_period_start_date', day)
  if (productName && productName.length > IMPORT_LIMITS.maxTextLength)
    read.errors.push({
      column: 'product',
      message: `its product_name is longer than ${IMPORT_LIMITS.maxTextLength} characters`,
    })
  if (read.errors.length) return { ok: false, errors: read.errors }
  return {
    ok: true,
    line: {
      currency,
      day,
      accountId,
      accountName: accountName || null,
      // Cost Explorer shows tax under its own service, not inside the product it was charged on.
      service: recordType === 'Tax' ? TAX_SERVICE : productName || SERVICE_NAMES[productCode] || productCode,
      usageType,
      region: isKnownRegion(regionCode) ? regionCode : usageType ? regionOfUsageType(usageType) : GLOBAL_REGION,
      recordType,
      unblendedCost,
      amortizedCost,
      usageQuantity,
      usageUnit: usageUnit || 'N/A',
      billingAccountId,
      billingPeriod,
    },
  }
}

/** CUR 2.0 keeps most product attributes in the `product` map column, written as JSON in CSV exports. */
function productNameFromMap(value: string): string | null {
  if (!value.startsWith('{') || value.includes('\u0000')) return null
  try {
    const map = JSON.parse(value) as Record<string, unknown>
    return typeof map.product_name === 'string' && map.product_name ? map.product_name : null
  } catch {
    return null
  }
}
