// `npm run bench:anomalies [-- --seeds N --functions N]`: the detectors on labelled scenarios (incidents of every
// kind at known times, benign changes, clean functions, many seeds): recall, precision, false alarms per 100
// function-months, and the delay from an incident's start to its detection, replayed hour by hour.
import { addDaysTo } from '@/lib/domain/calendar'
import { LAMBDA_SERVICE, generateDataset } from '@/lib/domain/demo/generate-dataset'
import { incidentSignal } from '@/lib/domain/anomalies/benchmark/incident-signal'
import { labelledScenario, type GroundTruth } from '@/lib/domain/anomalies/benchmark/labelled-scenarios'
import { detectionDelayHours } from '@/lib/domain/anomalies/benchmark/measure-delay'
import { explains, functionMonths, scoreDetections } from '@/lib/domain/anomalies/benchmark/score-detections'
import { detectFunctionAnomalies } from '@/lib/domain/anomalies/detect-function-anomalies'
import { detectUsageTypeAnomalies, type UsageTypeSeries } from '@/lib/domain/anomalies/detect-usage-type-anomalies'
import { historiesFromDataset } from '@/lib/domain/anomalies/histories-from-dataset'
import type { DetectedAnomaly } from '@/lib/domain/anomalies/types'

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? Number(process.argv[index + 1]) : fallback
}
const SEEDS = argument('seeds', 10)
const FUNCTIONS = argument('functions', 40)
const MONTHS = 5
const HOURLY_DAYS = 14
const TODAY = '2026-11-22'
/** Baselines need six weeks of history; days before that are not judged. */
const WARM_UP_DAYS = 42

const started = performance.now()
const allTruth: GroundTruth[] = []
const unreportable: { truth: GroundTruth; reason: string; found: boolean }[] = []
const allAnomalies: DetectedAnomaly[] = []
const hourlyDelays: number[] = []
const hourlyDelaysByKind = new Map<string, number[]>()
const hourlyMissed: GroundTruth[] = []
const dailyDelays: number[] = []
let months = 0
let detectionMs = 0

for (let seed = 1; seed <= SEEDS; seed++) {
  const labelled = labelledScenario(seed, {
    functions: FUNCTIONS,
    months: MONTHS,
    today: TODAY,
    hourlyDays: HOURLY_DAYS,
  })
  const dataset = generateDataset(labelled.scenario, TODAY)
  const histories = historiesFromDataset(dataset)
  const window = {
    from: addDaysTo(dataset.firstDay, WARM_UP_DAYS),
    to: dataset.lastDay,
    hourlyFrom: dataset.hourlyFromDay,
  }
  const detectStarted = performance.now()
  const anomalies = histories.flatMap((history) => detectFunctionAnomalies(history, window))
  for (const series of usageTypeSeries(dataset.costLines)) anomalies.push(...detectUsageTypeAnomalies(series, window))
  detectionMs += performance.now() - detectStarted
  months += functionMonths(
    dataset.functions.map((fn) => fn.createdDay),
    window.from,
    window.to,
  )
  allTruth.push(...labelled.truth)
  allAnomalies.push(...anomalies)
  // A twin without the injected incidents measures how large each one really was.
  const twin = historiesFromDataset(generateDataset(withoutIncidents(labelled), TODAY))

  for (const truth of labelled.truth.filter((t) => t.expected !== null)) {
    const history = histories.find((h) => h.name === truth.functionName)!
    const signal = incidentSignal(
      truth,
      history,
      twin.find((h) => h.name === truth.functionName)!,
    )
    if (!signal.reportable) {
      unreportable.push({
        truth,
        reason: signal.reason!,
        found: anomalies.some((anomaly) => anomaly.functionName !== null && explains(anomaly, truth)),
      })
      continue
    }
    if (truth.inHourlyWindow) {
      const delay = detectionDelayHours(history, truth, dataset.hourlyFromDay)
      if (delay === null) hourlyMissed.push(truth)
      else {
        hourlyDelays.push(delay)
        hourlyDelaysByKind.set(truth.incident, [...(hourlyDelaysByKind.get(truth.incident) ?? []), delay])
      }
    } else {
      const first = anomalies
        .filter((anomaly) => anomaly.functionName !== null && explains(anomaly, truth))
        .sort((a, b) => a.periodStart.localeCompare(b.periodStart))[0]
      // Daily data: a day is judged once it is complete, at the end of the first flagged day.
      if (first)
        dailyDelays.push(
          Math.max(
            0,
            (Date.parse(first.periodStart) + 86_400_000 - Date.parse(`${truth.fromDay}T00:00:00Z`)) / 3_600_000,
          ),
        )
    }
  }
}

const score = scoreDetections(allAnomalies, allTruth)
const reportableTruth = allTruth.filter((t) => !unreportable.some((u) => u.truth === t))
const recall = scoreDetections(allAnomalies, reportableTruth)
const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`)
const falseAlarmRate = (score.falseAlarms.length / months) * 100

console.log(
  `Labelled scenarios: ${SEEDS} seeds × ${FUNCTIONS} functions × ${MONTHS} months (hourly data for the last ${HOURLY_DAYS} days), judged after a ${WARM_UP_DAYS}-day warm-up`,
)
console.log(
  `Function-months judged: ${months.toFixed(0)}; detection time ${(detectionMs / 1000).toFixed(1)} s (${(detectionMs / (SEEDS * FUNCTIONS)).toFixed(1)} ms per function)\n`,
)
console.log('incident                  reportable  found (any related kind)  found as the expected kind')
for (const [kind, entry] of Object.entries(recall.byIncident).sort()) {
  console.log(
    `${kind.padEnd(26)}${String(entry.incidents).padStart(10)}  ${`${entry.found} (${pct(entry.found, entry.incidents)})`.padStart(24)}  ${`${entry.foundAsExpected} (${pct(entry.foundAsExpected, entry.incidents)})`.padStart(26)}`,
  )
}
console.log(
  `${'all'.padEnd(26)}${String(recall.incidents).padStart(10)}  ${`${recall.found} (${pct(recall.found, recall.incidents)})`.padStart(24)}  ${`${recall.foundAsExpected} (${pct(recall.foundAsExpected, recall.incidents)})`.padStart(26)}`,
)
console.log(
  `\nInjected but not reportable (measured against a twin without the incident): ${unreportable.length}, of which found anyway: ${unreportable.filter((u) => u.found).length}`,
)
for (const [reason, count] of countBy(unreportable.map((u) => u.reason.replace(/\d+(\.\d+)?%/, 'N%'))))
  console.log(`  ${count} × ${reason}`)
const benign = allTruth.filter((t) => t.expected === null).length
console.log(`\nBenign changes injected (growth, memory raise; must not alarm): ${benign}`)
console.log(
  `Anomalies reported: ${score.anomalies} (+ ${score.lints} configuration lints, not counted): ${score.truePositives} true, ${score.falseAlarms.length} false`,
)
console.log(
  `Precision: ${pct(score.truePositives, score.anomalies)}   Recall (reportable incidents): ${pct(recall.found, recall.incidents)}   False alarms per 100 function-months: ${falseAlarmRate.toFixed(2)}`,
)
console.log(`\nDetection delay from incident start (hours):`)
console.log(
  `  hourly data, replayed hour by hour: ${summary(hourlyDelays)}${hourlyMissed.length ? `; not detected within 72 h: ${hourlyMissed.length}` : ''}`,
)
for (const [kind, delays] of [...hourlyDelaysByKind].sort()) console.log(`    ${kind.padEnd(24)} ${summary(delays)}`)
console.log(`  daily data only (older incidents): ${summary(dailyDelays)}`)

const targets = [
  ['every reportable injected incident found', recall.found === recall.incidents],
  ['≤ 1 false alarm per 100 function-months', falseAlarmRate <= 1],
  ['detection within one day of hourly data', hourlyMissed.length === 0 && hourlyDelays.every((hours) => hours <= 24)],
] as const
console.log('\nTargets:')
for (const [label, met] of targets) console.log(`  ${met ? 'met   ' : 'MISSED'} ${label}`)
if (recall.missed.length)
  console.log(
    `\nMissed incidents:\n${recall.missed.map((t) => `  ${t.incident} on ${t.functionName} (${t.accountId}) ${t.fromDay}..${t.toDay}`).join('\n')}`,
  )
if (score.falseAlarms.length)
  console.log(
    `\nFalse alarms:\n${score.falseAlarms.map((a) => `  ${a.kind} ${a.functionName ?? a.usageType} ${a.periodStart.slice(0, 13)}..${a.periodEnd.slice(0, 13)}: ${a.explanation}`).join('\n')}`,
  )
console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`)

function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts]
}

function withoutIncidents(labelled: ReturnType<typeof labelledScenario>) {
  const harmful = new Set(labelled.truth.filter((t) => t.expected !== null).map((t) => t.functionName))
  return {
    ...labelled.scenario,
    accounts: labelled.scenario.accounts.map((account) => ({
      ...account,
      functions: account.functions.map((fn) => (harmful.has(fn.name) ? { ...fn, incidents: [] } : fn)),
    })),
  }
}

function summary(values: number[]): string {
  if (values.length === 0) return 'none'
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  return `n=${values.length}, median ${at(0.5).toFixed(0)}, p90 ${at(0.9).toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}`
}

function usageTypeSeries(lines: ReturnType<typeof generateDataset>['costLines']): UsageTypeSeries[] {
  const series = new Map<string, UsageTypeSeries>()
  for (const line of lines.filter((l) => l.service === LAMBDA_SERVICE)) {
    const key = `${line.accountId}|${line.usageType}|${line.region}`
    const entry = series.get(key) ?? {
      accountId: line.accountId,
      service: line.service,
      usageType: line.usageType,
      region: line.region,
      days: [],
    }
    entry.days.push({ day: line.day, costUsd: line.unblendedCost, quantity: line.usageQuantity })
    series.set(key, entry)
  }
  return [...series.values()]
}
