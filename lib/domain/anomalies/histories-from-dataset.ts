// Turns a generated dataset (demo or benchmark scenario) into the detectors' input, as the database job does
// with stored rows, so the benchmark and the unit tests exercise the same detectors on known incidents.
import type { Dataset } from '@/lib/domain/demo/generate-dataset'
import type { FunctionHistory } from '@/lib/domain/functions/function-history'

export function historiesFromDataset(dataset: Dataset): FunctionHistory[] {
  const histories = new Map<string, FunctionHistory>()
  for (const fn of dataset.functions) {
    histories.set(fn.key, {
      key: fn.key,
      accountId: fn.accountId,
      region: fn.region,
      name: fn.name,
      configs: [],
      daily: [],
      hourly: [],
      budget: null,
    })
  }
  for (const config of dataset.configs) {
    histories.get(config.functionKey)!.configs.push({
      validFrom: config.validFrom,
      memoryMb: config.memoryMb,
      architecture: config.architecture,
      timeoutSeconds: config.timeoutSeconds,
      maxRetryAttempts: config.maxRetryAttempts,
      hasFailureDestination: config.hasFailureDestination,
      provisionedConcurrency: config.provisionedConcurrency,
      reservedConcurrency: config.reservedConcurrency,
      ephemeralStorageMb: config.ephemeralStorageMb,
      packageType: config.packageType,
    })
  }
  for (const { functionKey, durationAvgMs: _avg, ...row } of dataset.dailyMetrics)
    histories.get(functionKey)!.daily.push(row)
  for (const { functionKey, durationAvgMs: _avg, ...row } of dataset.hourlyMetrics)
    histories.get(functionKey)!.hourly.push(row)
  for (const { functionKey, intervalMinutes, concurrency, pingDurationMs, memoryMb } of dataset.budgets) {
    histories.get(functionKey)!.budget = { intervalMinutes, concurrency, pingDurationMs, memoryMb }
  }
  return [...histories.values()]
}
