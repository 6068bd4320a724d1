import { GLOBAL_REGION, parseUsageType } from './regions'

/** A usage type's region; usage without a meaningful type (taxes, credits: `NoUsageType`, empty) has none. */
export function regionOfUsageType(usageType: string): string {
  if (usageType === '' || usageType === 'NoUsageType') return GLOBAL_REGION
  return parseUsageType(usageType).region
}
