// Lambda's price kinds (meters) and everything the product says about each: its line label, its unit, the usage
// field that carries its quantity, and the usage type and unit Cost Explorer reports it under. A new price kind is
// an entry here and its rates in the card.

type MeterFacts = {
  label: string
  unit: 'requests' | 'GB-s' | 'GB'
  /** The field of a usage (LambdaUsage, ModelledLambdaUsage) that holds the meter's quantity. */
  usageField: string
  /** Cost Explorer's usage type for x86 in us-east-1 (other regions prefix their billing code; Arm appends -ARM). */
  usageType: string
  costExplorerUnit: string
}

// The SnapStart usage types are unconfirmed (aws-facts §2): generated from the best guess, parsed by prefix.
export const LAMBDA_METER_FACTS = {
  request: {
    label: 'Requests',
    unit: 'requests',
    usageField: 'requests',
    usageType: 'Request',
    costExplorerUnit: 'Requests',
  },
  duration: {
    label: 'Duration',
    unit: 'GB-s',
    usageField: 'durationGbSeconds',
    usageType: 'Lambda-GB-Second',
    costExplorerUnit: 'Lambda-GB-Second',
  },
  provisioned_concurrency: {
    label: 'Provisioned concurrency',
    unit: 'GB-s',
    usageField: 'provisionedConcurrencyGbSeconds',
    usageType: 'Lambda-Provisioned-Concurrency',
    costExplorerUnit: 'Lambda-GB-Second',
  },
  provisioned_duration: {
    label: 'Duration on provisioned concurrency',
    unit: 'GB-s',
    usageField: 'provisionedDurationGbSeconds',
    usageType: 'Lambda-Provisioned-GB-Second',
    costExplorerUnit: 'Lambda-GB-Second',
  },
  ephemeral_storage: {
    label: 'Ephemeral storage above 512 MB',
    unit: 'GB-s',
    usageField: 'ephemeralStorageGbSeconds',
    usageType: 'Lambda-Storage-GB-Second',
    costExplorerUnit: 'GB-Seconds',
  },
  snapstart_cache: {
    label: 'SnapStart cache',
    unit: 'GB-s',
    usageField: 'snapStartCacheGbSeconds',
    usageType: 'Lambda-SnapStart-Cached-GB-Second',
    costExplorerUnit: 'GB-Seconds',
  },
  snapstart_restore: {
    label: 'SnapStart restore',
    unit: 'GB',
    usageField: 'snapStartRestoreGb',
    usageType: 'Lambda-SnapStart-Restored-GB',
    costExplorerUnit: 'GB',
  },
} as const satisfies Record<string, MeterFacts>

export type LambdaMeter = keyof typeof LAMBDA_METER_FACTS

export const LAMBDA_METERS = Object.keys(LAMBDA_METER_FACTS) as LambdaMeter[]

/** Meters billed at one flat rate per unit, priced the same way by every pricer (not requests, not tiered duration). */
export type FlatMeter = Exclude<LambdaMeter, 'request' | 'duration'>
export const FLAT_METERS = LAMBDA_METERS.filter(
  (meter): meter is FlatMeter => meter !== 'request' && meter !== 'duration',
)
