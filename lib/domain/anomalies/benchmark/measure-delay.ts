// Detection delay as it would be lived: replay one function's data hour by hour from the incident's start,
// each time with only what CloudWatch would have returned by then (hourly rows before the cutoff, daily rows
// of complete days), and report the first cutoff at which a matching anomaly appears.
import { addDaysTo } from '@/lib/domain/calendar'
import { detectFunctionAnomalies } from '../detect-function-anomalies'
import { dayStart } from '@/lib/domain/functions/timeline'
import type { FunctionHistory } from '@/lib/domain/functions/function-history'
import type { GroundTruth } from './labelled-scenarios'
import { explains } from './score-detections'

export function truncateHistory(history: FunctionHistory, cutoff: string): FunctionHistory {
  return {
    ...history,
    configs: history.configs.filter((config) => config.validFrom < cutoff),
    daily: history.daily.filter((row) => dayStart(addDaysTo(row.day, 1)) <= cutoff),
    hourly: history.hourly.filter((row) => new Date(row.hour).toISOString() < cutoff),
  }
}

/** Hours from the incident's start to its first detection, or null if not detected within `maxHours`. */
export function detectionDelayHours(
  history: FunctionHistory,
  truth: GroundTruth,
  hourlyFrom: string,
  maxHours = 72,
): number | null {
  const start = Date.parse(dayStart(truth.fromDay))
  for (let hours = 1; hours <= maxHours; hours++) {
    const cutoff = new Date(start + hours * 3_600_000).toISOString()
    const partialDay = cutoff.slice(0, 10)
    const complete = cutoff.endsWith('T00:00:00.000Z')
    const to = complete ? addDaysTo(partialDay, -1) : partialDay
    const found = detectFunctionAnomalies(truncateHistory(history, cutoff), {
      from: addDaysTo(truth.fromDay, -1),
      to,
      hourlyFrom,
    }).some((anomaly) => explains(anomaly, truth))
    if (found) return hours
  }
  return null
}
