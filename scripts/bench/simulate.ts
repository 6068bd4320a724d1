// Benchmark: the simulator's full comparison (four strategies + break-even) for 2,000 varied workloads,
// against the target of under 100 ms for 2,000 functions. The target is judged on simulate(), what the product
// runs (POST /api/simulate and the simulator page); compareStrategies (totals only, no product path calls it)
// is measured beside it. Run: npm run bench:simulate (then the browser part, scripts/bench/simulate-browser.ts).
// Each figure is also given as a ratio to the baseline measured in the same run, and as CPU time, which moves
// less than wall time when other work shares the machine.
import { loadavg } from 'node:os'
import { estimateFunctionCost } from '../../lib/domain/pricing/estimate-function-cost'
import { compareStrategies } from '../../lib/domain/simulator/compare-strategies'
import { simulate } from '../../lib/domain/simulator/simulate'
import { simulationInputSchema, type SimulationInput } from '../../lib/domain/simulator/simulation-input'
import { generateWorkloads } from './generate-workloads'

const FUNCTIONS = 2000
const WARM_UP = 3
const RUNS = 20
const TARGET_MS = 100

let baseline: number | undefined

function measure(label: string, workloads: SimulationInput[], work: (workload: SimulationInput) => void): number {
  const pass = () => {
    for (const workload of workloads) work(workload)
  }
  for (let run = 0; run < WARM_UP; run++) pass()
  const times: number[] = []
  const cpu: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    const used = process.cpuUsage()
    pass()
    const spent = process.cpuUsage(used)
    times.push(performance.now() - start)
    cpu.push((spent.user + spent.system) / 1000)
  }
  times.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  const median = times[Math.floor(RUNS / 2)]!
  const p95 = times[Math.ceil(RUNS * 0.95) - 1]!
  const perFunction = (median * 1000) / workloads.length
  // Ratios compare costs per function, so subsets of the fleet compare fairly too.
  baseline ??= perFunction
  console.log(
    `${label.padEnd(58)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   cpu ${cpu[Math.floor(RUNS / 2)]!.toFixed(1).padStart(7)} ms   ${perFunction.toFixed(1).padStart(6)} µs/function   ${(perFunction / baseline).toFixed(1).padStart(5)}× baseline`,
  )
  return median
}

const workloads = generateWorkloads(FUNCTIONS)
for (const workload of workloads) simulationInputSchema.parse(workload)
const hourClasses = (workload: SimulationInput) => new Set(workload.hourlyProfile).size
// The figures move with other load on the machine, so the load average is printed with them.
console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`,
)
console.log(
  `${FUNCTIONS} workloads (${workloads.filter((w) => hourClasses(w) === 1).length} flat, ${workloads.filter((w) => hourClasses(w) === 2).length} business-hours, ${workloads.filter((w) => hourClasses(w) > 2).length} with 24 distinct hours), ${WARM_UP} warm-up + ${RUNS} measured runs, Node ${process.version}\n`,
)

measure('baseline: exact pricing of one usage (estimateFunctionCost)', workloads, (workload) =>
  estimateFunctionCost({
    region: workload.region,
    metrics: {
      invocations: workload.requestsPerDay * 30,
      durationSumMs: workload.requestsPerDay * 30 * workload.avgDurationMs,
    },
    config: {
      memoryMb: workload.memoryMb,
      architecture: workload.architecture,
      ephemeralStorageMb: 512,
      provisionedConcurrency: 0,
    },
    periodSeconds: 30 * 86_400,
  }),
)
measure('input validation (simulationInputSchema.parse)', workloads, (workload) =>
  simulationInputSchema.parse(workload),
)
measure('compareStrategies without break-even', workloads, (workload) =>
  compareStrategies(workload, { breakEven: false }),
)
const totalsOnly = measure('compareStrategies: 4 strategies + break-even, totals only', workloads, (workload) =>
  compareStrategies(workload),
)
const product = measure('simulate(): + line items, formulas, warnings (the product path)', workloads, (workload) =>
  simulate(workload),
)
for (const [label, subset] of [
  ['flat', workloads.filter((w) => hourClasses(w) === 1)],
  ['business-hours', workloads.filter((w) => hourClasses(w) === 2)],
  ['24 distinct hours', workloads.filter((w) => hourClasses(w) > 2)],
] as const) {
  measure(`  of which ${label} (${subset.length})`, subset, (workload) => simulate(workload))
}

// Results the rate card cannot price are left out of the comparison: say how many, as a share.
const results = workloads.map((workload) => simulate(workload))
const strategies = results.reduce((total, result) => total + result.strategies.length + result.unavailable.length, 0)
const unavailable = results.reduce((total, result) => total + result.unavailable.length, 0)
const notFullyPriced = results.filter((result) => result.unavailable.length > 0).length
const share = (part: number, whole: number) =>
  `${part.toLocaleString('en-US')} of ${whole.toLocaleString('en-US')} (${((part / whole) * 100).toFixed(1)}%)`
console.log(
  `\nnot fully priced: ${share(notFullyPriced, workloads.length)} workloads; ${share(unavailable, strategies)} strategy results unavailable (missing rates, e.g. Seoul arm64 provisioned concurrency)`,
)
console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`,
)
console.log(
  `target: under ${TARGET_MS} ms for ${FUNCTIONS} functions with simulate() → ${product < TARGET_MS ? 'MET' : 'MISSED'} (median ${product.toFixed(1)} ms; compareStrategies ${totalsOnly.toFixed(1)} ms)`,
)
