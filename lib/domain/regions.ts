// AWS regions and the billing codes that prefix their usage types in Cost Explorer and CUR
// (docs: "AWS Region billing codes"). us-east-1 is "USE1 or no prefix"; Lambda's us-east-1 usage types
// carry no prefix at all (`Lambda-GB-Second`), other regions do (`APN2-Lambda-GB-Second`).

export type RegionInfo = { code: string; name: string; billingPrefix: string }

export const REGIONS: readonly RegionInfo[] = [
  { code: 'us-east-1', name: 'US East (N. Virginia)', billingPrefix: 'USE1' },
  { code: 'us-east-2', name: 'US East (Ohio)', billingPrefix: 'USE2' },
  { code: 'us-west-1', name: 'US West (N. California)', billingPrefix: 'USW1' },
  { code: 'us-west-2', name: 'US West (Oregon)', billingPrefix: 'USW2' },
  { code: 'af-south-1', name: 'Africa (Cape Town)', billingPrefix: 'AFS1' },
  { code: 'ap-east-1', name: 'Asia Pacific (Hong Kong)', billingPrefix: 'APE1' },
  { code: 'ap-east-2', name: 'Asia Pacific (Taipei)', billingPrefix: 'APE2' },
  { code: 'ap-south-1', name: 'Asia Pacific (Mumbai)', billingPrefix: 'APS3' },
  { code: 'ap-south-2', name: 'Asia Pacific (Hyderabad)', billingPrefix: 'APS5' },
  { code: 'ap-southeast-1', name: 'Asia Pacific (Singapore)', billingPrefix: 'APS1' },
  { code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', billingPrefix: 'APS2' },
  { code: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)', billingPrefix: 'APS4' },
  { code: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)', billingPrefix: 'APS6' },
  { code: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)', billingPrefix: 'APS7' },
  { code: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)', billingPrefix: 'APS8' },
  { code: 'ap-southeast-7', name: 'Asia Pacific (Thailand)', billingPrefix: 'APS9' },
  { code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)', billingPrefix: 'APN1' },
  { code: 'ap-northeast-2', name: 'Asia Pacific (Seoul)', billingPrefix: 'APN2' },
  { code: 'ap-northeast-3', name: 'Asia Pacific (Osaka)', billingPrefix: 'APN3' },
  { code: 'ca-central-1', name: 'Canada (Central)', billingPrefix: 'CAN1' },
  { code: 'ca-west-1', name: 'Canada West (Calgary)', billingPrefix: 'CAN2' },
  { code: 'eu-central-1', name: 'Europe (Frankfurt)', billingPrefix: 'EUC1' },
  { code: 'eu-central-2', name: 'Europe (Zurich)', billingPrefix: 'EUC2' },
  { code: 'eu-west-1', name: 'Europe (Ireland)', billingPrefix: 'EU' },
  { code: 'eu-west-2', name: 'Europe (London)', billingPrefix: 'EUW2' },
  { code: 'eu-west-3', name: 'Europe (Paris)', billingPrefix: 'EUW3' },
  { code: 'eu-south-1', name: 'Europe (Milan)', billingPrefix: 'EUS1' },
  { code: 'eu-south-2', name: 'Europe (Spain)', billingPrefix: 'EUS2' },
  { code: 'eu-north-1', name: 'Europe (Stockholm)', billingPrefix: 'EUN1' },
  { code: 'il-central-1', name: 'Israel (Tel Aviv)', billingPrefix: 'ILC1' },
  { code: 'me-south-1', name: 'Middle East (Bahrain)', billingPrefix: 'MES1' },
  { code: 'me-central-1', name: 'Middle East (UAE)', billingPrefix: 'MEC1' },
  { code: 'sa-east-1', name: 'South America (São Paulo)', billingPrefix: 'SAE1' },
]

/** Region of usage that belongs to no region (e.g. the Cost Explorer API itself, Route 53 hosted zones). */
export const GLOBAL_REGION = 'global'

const byCode = new Map(REGIONS.map((region) => [region.code, region]))
const byPrefix = new Map(REGIONS.map((region) => [region.billingPrefix, region]))

export function isKnownRegion(code: string): boolean {
  return byCode.has(code)
}

export function regionInfo(code: string): RegionInfo | undefined {
  return byCode.get(code)
}

const PREFIXED = /^(?<prefix>[A-Z]{2,4}\d?)-(?<base>.+)$/

/**
 * Splits a usage type into its region and base meter. No prefix means us-east-1 (AWS's rule); a prefix
 * that is not a region billing code (CloudFront's `US-`, `EU-` edge zones are ambiguous, `Global-`) stays
 * in the base and the region is reported as global.
 */
export function parseUsageType(usageType: string): { region: string; base: string } {
  const match = PREFIXED.exec(usageType)
  if (!match?.groups) return { region: usageType.startsWith('Global-') ? GLOBAL_REGION : 'us-east-1', base: usageType }
  const region = byPrefix.get(match.groups.prefix!)
  if (!region) return { region: GLOBAL_REGION, base: usageType }
  return { region: region.code, base: match.groups.base! }
}

/** The usage type AWS would report for a base meter in a region, following Lambda's no-prefix rule for us-east-1. */
export function lambdaUsageType(region: string, base: string): string {
  if (region === 'us-east-1') return base
  const info = byCode.get(region)
  if (!info) throw new RangeError(`Unknown AWS region: ${region}`)
  return `${info.billingPrefix}-${base}`
}
