import type { Architecture } from '../functions/function-config'
import { GLOBAL_REGION, lambdaUsageType, parseUsageType } from '../regions'
import { LAMBDA_METER_FACTS, LAMBDA_METERS, type LambdaMeter } from './lambda-meters'

// The SnapStart suffixes are unconfirmed (aws-facts §2), so they are also parsed by prefix.
const EXACT = new Map(LAMBDA_METERS.map((meter) => [LAMBDA_METER_FACTS[meter].usageType as string, meter]))
const PREFIXES: [string, LambdaMeter][] = [
  ['Lambda-SnapStart-Cached', 'snapstart_cache'],
  ['Lambda-SnapStart-Restored', 'snapstart_restore'],
]
const ARM_SUFFIX = '-ARM'

/** Cost Explorer usage type, e.g. `Lambda-GB-Second-ARM` (us-east-1, no prefix) or `APN2-Request`. */
export function lambdaMeterUsageType(region: string, architecture: Architecture, meter: LambdaMeter): string {
  const base = LAMBDA_METER_FACTS[meter].usageType
  return lambdaUsageType(region, architecture === 'arm64' ? `${base}${ARM_SUFFIX}` : base)
}

/**
 * The region, architecture and meter of a Lambda usage type; null for usage types this engine does not price
 * (Lambda@Edge, streaming, free-tier `Global-` rows). Callers filter on SERVICE = AWS Lambda first: a bare
 * `Request` is also a plausible name in other services.
 */
export function parseLambdaUsageType(
  usageType: string,
): { region: string; architecture: Architecture; meter: LambdaMeter } | null {
  const { region, base } = parseUsageType(usageType)
  if (region === GLOBAL_REGION) return null
  const isArm = base.endsWith(ARM_SUFFIX)
  const bare = isArm ? base.slice(0, -ARM_SUFFIX.length) : base
  const meter = EXACT.get(bare) ?? PREFIXES.find(([prefix]) => bare.startsWith(prefix))?.[1]
  return meter ? { region, architecture: isArm ? 'arm64' : 'x86_64', meter } : null
}
