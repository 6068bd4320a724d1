// A Lambda function's configuration: the one shape of it. What ingestion reads from AWS, what the demo scenario
// generates, what a snapshot stores and what pricing, the detectors and the timeline read are this type or a Pick
// of it, with the same keys in the same meaning (so that a configuration's hash compares across sources).

export const ARCHITECTURES = ['x86_64', 'arm64'] as const
export type Architecture = (typeof ARCHITECTURES)[number]

export const PACKAGE_TYPES = ['Zip', 'Image'] as const
export type PackageType = (typeof PACKAGE_TYPES)[number]

export type FunctionConfig = {
  memoryMb: number
  architecture: Architecture
  timeoutSeconds: number
  runtime: string | null
  packageType: PackageType
  ephemeralStorageMb: number
  /** Asynchronous invocations: retries after an error (0-2) and how long an event may wait. */
  maxRetryAttempts: number
  maxEventAgeSeconds: number
  provisionedConcurrency: number
  reservedConcurrency: number | null
  /** A dead-letter queue or an on-failure destination. */
  hasFailureDestination: boolean
}

/** A configuration (or the part of it a reader needs) from `validFrom`, an ISO timestamp, until the next one. */
export type ConfigSnapshot<K extends keyof FunctionConfig = keyof FunctionConfig> = Pick<FunctionConfig, K> & {
  validFrom: string
}

/** An architecture as stored (a text column); anything else is a corrupt row, not a default. */
export function parseArchitecture(text: string): Architecture {
  const architecture = ARCHITECTURES.find((known) => known === text)
  if (!architecture) throw new RangeError(`Unknown Lambda architecture "${text}"`)
  return architecture
}

/** A package type as stored; AWS reports only Zip and Image. */
export function parsePackageType(text: string): PackageType {
  const packageType = PACKAGE_TYPES.find((known) => known === text)
  if (!packageType) throw new RangeError(`Unknown Lambda package type "${text}"`)
  return packageType
}
