import { GLOBAL_REGION, lambdaUsageType, parseUsageType } from '../regions'
import type { Architecture, LambdaMeter } from './types'

// Base usage types per meter (x86; Arm appends -ARM). The SnapStart suffixes are unconfirmed (aws-facts §2),
// so they are generated from the best guess and parsed by prefix.
const BASES: Record<LambdaMeter, string> = {
  request: 'Request',
  duration: 'Lambda-GB-Second',
  provisioned_concurrency: 'Lambda-Provisioned-Concurrency',
  provisioned_duration: 'Lambda-Provisioned-GB-Second',
  ephemeral_storage: 'Lambda-Storage-GB-Second',
  snapstart_cache: 'Lambda-SnapStart-Cached-GB-Second',
  snapstart_restore: 'Lambda-SnapStart-Restored-GB',
}

const EXACT = new Map(Object.entries(BASES).map(([meter, base]) => [base, meter as LambdaMeter]))
const PREFIXES: [string, LambdaMeter][] = [
  ['Lambda-SnapStart-Cached', 'snapstart_cache'],
  ['Lambda-SnapStart-Restored', 'snapstart_restore'],
]
const ARM_SUFFIX = '-ARM'

/** Cost Explorer usage type, e.g. `Lambda-GB-Second-ARM` (us-east-1, no prefix) or `APN2-Request`. */
export function lambdaMeterUsageType(region: string, architecture: Architecture, meter: LambdaMeter): string {
  return lambdaUsageType(region, architecture === 'arm64' ? `${BASES[meter]}${ARM_SUFFIX}` : BASES[meter])
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
