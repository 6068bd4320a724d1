// `npm run bench:forecast [-- --series N]`: how far off is the month-end forecast made on day 7, 14 and 21?
// Each complete month is replayed (backtestMonth) on the demo data and on generated series with a weekly rhythm,
// Korean public holidays, growth or decline, noise and bursts, and the mean absolute percentage error is printed
// beside the naive run rate (month-to-date ÷ days elapsed × days in month) judged on the same replays. The goal:
// beat the run rate by a wide margin.
import { addMonthsTo, eachMonth, firstDayOf, type IsoDay, lastDayOf, monthOf } from '@/lib/domain/calendar'
import { DEMO_SCENARIO } from '@/lib/domain/demo/demo-scenario'
import { generateDataset } from '@/lib/domain/demo/generate-dataset'
import { backtestMonth, type Backtest } from '@/lib/domain/forecast/backtest'
import { generatedSeries, shapeFromSeed } from '@/lib/domain/forecast/benchmark/generated-series'
import { type BacktestScore, scoreBacktests } from '@/lib/domain/forecast/benchmark/score-backtests'
import type { CostDay } from '@/lib/domain/forecast/forecast-month'
import { holidayCalendar } from '@/lib/domain/holidays/holiday-calendar'
import { sum } from '@/lib/domain/money'

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? Number(process.argv[index + 1]) : fallback
}
const SERIES = argument('series', 40)
/** The model needs six weeks before a month to learn its week; months before that are not judged. */
const WARM_UP_MONTHS = 2
/** The Korean calendar is published for 2026 and 2027: generated series live inside it. */
const GENERATED = { from: '2026-01-01', to: '2027-12-31' } as const
const DEMO_TODAY = '2026-12-01'

const korea = holidayCalendar('KR')
const started = performance.now()

function completeMonths(from: IsoDay, to: IsoDay) {
  const first = addMonthsTo(monthOf(from), WARM_UP_MONTHS)
  const last = lastDayOf(monthOf(to)) === to ? monthOf(to) : addMonthsTo(monthOf(to), -1)
  return first <= last ? eachMonth(first, last) : []
}

function backtests(costs: readonly CostDay[]): Backtest[] {
  const from = costs[0]!.day
  const to = costs.at(-1)!.day
  return completeMonths(from, to).map((month) =>
    backtestMonth(
      month,
      costs.filter((cost) => cost.day <= lastDayOf(month)),
      korea,
    ),
  )
}

function demoCosts(): CostDay[] {
  const dataset = generateDataset(DEMO_SCENARIO, DEMO_TODAY)
  const byDay = new Map<IsoDay, string[]>()
  for (const line of dataset.costLines) byDay.set(line.day, [...(byDay.get(line.day) ?? []), line.unblendedCost])
  return [...byDay.keys()].sort().map((day) => ({ day, amountUsd: sum(byDay.get(day)!).toFixed(), estimated: false }))
}

const demo = scoreBacktests(backtests(demoCosts()))
const generated: Backtest[] = []
for (let seed = 1; seed <= SERIES; seed++)
  generated.push(...backtests(generatedSeries(seed, GENERATED.from, GENERATED.to, shapeFromSeed(seed), korea)))
const synthetic = scoreBacktests(generated)

const format = (value: number) => `${value.toFixed(2)}%`.padStart(8)
function print(title: string, score: BacktestScore) {
  console.log(`\n${title}: ${score.months} month-ends replayed`)
  console.log('  forecast made on   day 7     day 14    day 21')
  console.log(`  our model        ${format(score.model[7])}  ${format(score.model[14])}  ${format(score.model[21])}`)
  console.log(
    `  run rate         ${format(score.runRate[7])}  ${format(score.runRate[14])}  ${format(score.runRate[21])}`,
  )
  const ratio = (day: 7 | 14 | 21) => (score.model[day] / score.runRate[day]).toFixed(2)
  console.log(
    `  ratio model/run rate  ${ratio(7)}      ${ratio(14)}      ${ratio(21)}   (below 1: the model is closer)`,
  )
}

console.log('Month-end forecast backtest: mean absolute percentage error against what the month cost')
print(`Demo data (${firstDayOf(monthOf(demoCosts()[0]!.day))} to ${DEMO_TODAY}, all services)`, demo)
print(
  `Generated series (${SERIES} series, ${GENERATED.from} to ${GENERATED.to}, Korean holidays, growth -5%..+15% a month, noise 3-15%, bursts in half)`,
  synthetic,
)
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`)
