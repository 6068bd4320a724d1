// A FOCUS row → a line item. FOCUS 1.2 from AWS has no usage type column (1.0's x_UsageType is gone), so for
// Lambda it is rebuilt from SkuMeter the way Cost Explorer names it (`APN2-Lambda-GB-Second-ARM`); other
// services keep their SkuMeter. Amounts: BilledCost (unblended), EffectiveCost (amortized).
import { GLOBAL_REGION, isKnownRegion, lambdaUsageType } from '@/lib/domain/regions'
import { type MappedRow, type Row, RowReader, TAX_SERVICE } from './imported-line'

const LAMBDA_METERS: Record<string, string> = {
  Requests: 'Request',
  Duration: 'Lambda-GB-Second',
  'Duration-Provisioned': 'Lambda-Provisioned-GB-Second',
  'Provisioned-Duration': 'Lambda-Provisioned-GB-Second',
  'Provisioned-Concurrency': 'Lambda-Provisioned-Concurrency',
  'Storage-Duration': 'Lambda-Storage-GB-Second',
}

const CHARGE_CATEGORIES = new Set(['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment'])

export function mapFocusRow(row: Row): MappedRow {
  const read = new RowReader(row)
  const day = read.day('ChargePeriodStart')
  const accountId = read.accountId('SubAccountId', 'BillingAccountId')
  const accountName = read.text('SubAccountName')
  const service = read.text('ServiceName', { required: true })
  const category = read.text('ChargeCategory', { required: true })
  if (category && !CHARGE_CATEGORIES.has(category))
    read.errors.push({
      column: 'ChargeCategory',
      message: `"${category}" is not a FOCUS charge category (Usage, Purchase, Tax, Credit, Adjustment)`,
    })
  const currency = read.currency('BillingCurrency')
  const unblendedCost = read.amount('BilledCost', { required: true })
  const amortizedCost = read.amount('EffectiveCost', { required: true })
  const usageQuantity = read.amount('ConsumedQuantity', { quantity: true })
  const regionId = read.text('RegionId')
  const region = isKnownRegion(regionId) ? regionId : GLOBAL_REGION
  const usageType = usageTypeOf(read.text('x_UsageType'), read.text('SkuMeter'), service, region)
  const usageUnit = read.text('ConsumedUnit')
  const billingAccountId = read.payer('BillingAccountId')
  const billingPeriod = read.billingPeriod('BillingPeriodStart', day)
  if (read.errors.length) return { ok: false, errors: read.errors }
  return {
    ok: true,
    line: {
      currency,
      day,
      accountId,
      accountName: accountName || null,
      // Cost Explorer shows tax under its own service, not inside the product it was charged on.
      service: category === 'Tax' ? TAX_SERVICE : service,
      usageType,
      region,
      recordType: category,
      unblendedCost,
      amortizedCost,
      usageQuantity,
      usageUnit: usageUnit || 'N/A',
      billingAccountId,
      billingPeriod,
    },
  }
}

function usageTypeOf(explicit: string, skuMeter: string, service: string, region: string): string {
  if (explicit) return explicit
  if (service === 'AWS Lambda' && region !== GLOBAL_REGION) {
    const meter = skuMeter.replace(/^AWS-Lambda-/, '')
    const arm = meter.endsWith('-ARM')
    const base = LAMBDA_METERS[arm ? meter.slice(0, -4) : meter]
    if (base) return lambdaUsageType(region, arm ? `${base}-ARM` : base)
  }
  return skuMeter
}
