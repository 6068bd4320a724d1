// Usage types in words, one home for the names every page uses: the Overview's Lambda bill by kind of usage and
// the Costs page's usage types ("On-demand duration, Arm" beside `APN2-Lambda-GB-Second-ARM`).
import { LAMBDA_METER_FACTS } from '@/lib/domain/pricing/lambda-meters'
import { parseLambdaUsageType } from '@/lib/domain/pricing/lambda-usage-types'

export type LambdaCategory =
  'requests' | 'duration' | 'provisioned_concurrency' | 'provisioned_duration' | 'ephemeral_storage' | 'other'

export const LAMBDA_CATEGORY_LABELS: Record<LambdaCategory, string> = {
  requests: 'Requests',
  duration: 'On-demand duration',
  provisioned_concurrency: 'Provisioned concurrency',
  provisioned_duration: 'Duration on provisioned concurrency',
  ephemeral_storage: 'Ephemeral storage',
  other: 'Other Lambda usage',
}

export function lambdaCategory(usageType: string): LambdaCategory {
  const meter = parseLambdaUsageType(usageType)?.meter
  switch (meter) {
    case 'request':
      return 'requests'
    case 'duration':
    case 'provisioned_concurrency':
    case 'provisioned_duration':
    case 'ephemeral_storage':
      return meter
    default:
      return 'other'
  }
}

/**
 * A Lambda usage type's name with its architecture ("On-demand duration, Arm"), or null for a code that is not one
 * of Lambda's meters (shown as the code alone). The Overview's label where it has one, else the meter's own.
 */
export function usageTypeName(usageType: string): string | null {
  const parsed = parseLambdaUsageType(usageType)
  if (!parsed) return null
  const category = lambdaCategory(usageType)
  const name = category === 'other' ? LAMBDA_METER_FACTS[parsed.meter].label : LAMBDA_CATEGORY_LABELS[category]
  return `${name}, ${parsed.architecture === 'arm64' ? 'Arm' : 'x86'}`
}
