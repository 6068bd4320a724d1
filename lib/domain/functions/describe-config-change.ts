// What a deploy changed, in words for the timeline: "memory 512 → 1,536 MB", "retries 2 → 0".
import type { FunctionConfig } from './function-config'

/** What the timeline describes of a configuration: all of it but the event age. */
export type ComparableConfig = Omit<FunctionConfig, 'maxEventAgeSeconds'>

const n = (value: number) => value.toLocaleString('en-US')

export function describeConfigChange(before: ComparableConfig, after: ComparableConfig): string[] {
  const changes: string[] = []
  const changed = <K extends keyof ComparableConfig>(key: K) => before[key] !== after[key]
  if (changed('memoryMb')) changes.push(`memory ${n(before.memoryMb)} → ${n(after.memoryMb)} MB`)
  if (changed('architecture')) changes.push(`architecture ${before.architecture} → ${after.architecture}`)
  if (changed('timeoutSeconds')) changes.push(`timeout ${n(before.timeoutSeconds)} → ${n(after.timeoutSeconds)} s`)
  if (changed('maxRetryAttempts')) changes.push(`async retries ${before.maxRetryAttempts} → ${after.maxRetryAttempts}`)
  if (changed('hasFailureDestination'))
    changes.push(
      after.hasFailureDestination
        ? 'dead-letter queue or on-failure destination added'
        : 'dead-letter queue or on-failure destination removed',
    )
  if (changed('provisionedConcurrency'))
    changes.push(`provisioned concurrency ${before.provisionedConcurrency} → ${after.provisionedConcurrency}`)
  if (changed('reservedConcurrency'))
    changes.push(
      `reserved concurrency ${before.reservedConcurrency ?? 'none'} → ${after.reservedConcurrency ?? 'none'}`,
    )
  if (changed('runtime')) changes.push(`runtime ${before.runtime ?? 'unknown'} → ${after.runtime ?? 'unknown'}`)
  if (changed('packageType')) changes.push(`package ${before.packageType} → ${after.packageType}`)
  if (changed('ephemeralStorageMb'))
    changes.push(`ephemeral storage ${n(before.ephemeralStorageMb)} → ${n(after.ephemeralStorageMb)} MB`)
  return changes
}
