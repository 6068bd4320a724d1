import { formatUsd } from '../money'
import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import { formatQuantity } from '../pricing/format-formula'
import type { ResolvedSimulationInput } from './resolve-simulation-input'
import type { SimulationResult, StrategyName, StrategyResult } from './types'

type Subject = { text: string; plural: boolean }

const plural = (count: number, one: string, many: string) => `${formatQuantity(count, 2)} ${count === 1 ? one : many}`

/** The strategy as a person would name it: "Pings every 4 minutes", "1 provisioned environment", "A t4g.small instance". */
export function strategySubject(input: ResolvedSimulationInput, strategy: StrategyName): Subject {
  const { keep_warm: warm, provisioned_concurrency: provisioned, ec2 } = input.strategies
  switch (strategy) {
    case 'on_demand':
      return { text: 'On-demand with no warming', plural: false }
    case 'keep_warm':
      return {
        text: `Pings every ${plural(warm!.intervalMinutes, 'minute', 'minutes')}${warm!.concurrency > 1 ? ` to ${warm!.concurrency} environments` : ''}`,
        plural: true,
      }
    case 'provisioned_concurrency': {
      const schedule = provisioned!.schedule
      if (schedule.kind === 'weekly') return { text: 'The weekly provisioned-concurrency schedule', plural: false }
      const hours = schedule.hoursPerDay < 24 ? ` for ${plural(schedule.hoursPerDay, 'hour', 'hours')} a day` : ''
      return {
        text: `${plural(schedule.concurrency, 'provisioned environment', 'provisioned environments')}${hours}`,
        plural: schedule.concurrency !== 1,
      }
    }
    case 'ec2':
      return {
        text: `A ${ec2!.instanceType} instance${ec2!.hoursPerMonth < DEFAULT_HOURS_PER_MONTH ? ` for ${formatQuantity(ec2!.hoursPerMonth, 2)} h a month` : ''}`,
        plural: false,
      }
  }
}

/** "~1,234 cold starts a month", "no cold starts", "almost no cold starts". */
export function describeColdStarts(coldStartsPerMonth: number): string {
  const count = coldStartCount(coldStartsPerMonth)
  if (count === 'none') return 'no cold starts'
  if (count === 'almost none') return 'almost no cold starts'
  return `${count} cold start${count === '~1' ? '' : 's'} a month`
}

function coldStartCount(coldStartsPerMonth: number): string {
  if (coldStartsPerMonth === 0) return 'none'
  if (coldStartsPerMonth < 0.5) return 'almost none'
  return `~${formatQuantity(Math.round(coldStartsPerMonth), 0)}`
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The answer in a few sentences: the cheapest strategy that carries the workload, by how much it beats the
 * runner-up among those and at what cold-start risk, the most expensive of them when more than two are compared,
 * then each cheaper strategy that cannot carry the workload and why. Amounts are exact until formatUsd.
 */
export function describeVerdict(result: Pick<SimulationResult, 'input' | 'strategies'>): string | null {
  const all = [...result.strategies].sort((x, y) => x.monthlyCostUsd.comparedTo(y.monthlyCostUsd))
  if (all.length === 0) return null
  const ranked = all.filter((entry) => entry.viable)
  const period = result.input.days === 30 ? 'a month' : `for ${plural(result.input.days, 'day', 'days')}`
  const subject = (entry: StrategyResult) => strategySubject(result.input, entry.strategy)
  const [cheapest] = ranked
  const passedOver = all.filter(
    (entry) => !entry.viable && (!cheapest || entry.monthlyCostUsd.lt(cheapest.monthlyCostUsd)),
  )
  const cannot = passedOver.map((entry) => {
    const text = capitalized(subject(entry).text)
    const saving = cheapest
      ? ` would cost ${formatUsd(cheapest.monthlyCostUsd.minus(entry.monthlyCostUsd))} ${period} less but`
      : ''
    return `${text}${saving} cannot carry the workload: ${lowerFirst(entry.reasons[0]!)}`
  })
  if (!cheapest) return [`None of the strategies compared carries this workload.`, ...cannot].join(' ')
  return [viableVerdict(ranked, period, subject), ...cannot].join(' ')
}

function viableVerdict(ranked: StrategyResult[], period: string, subject: (entry: StrategyResult) => Subject): string {
  const [cheapest, runnerUp] = ranked as [StrategyResult, StrategyResult | undefined]
  const first = subject(cheapest)
  if (!runnerUp)
    return `${first.text} ${first.plural ? 'cost' : 'costs'} ${formatUsd(cheapest.monthlyCostUsd)} ${period}, with ${describeColdStarts(cheapest.coldStartsPerMonth)}.`
  const second = subject(runnerUp)
  const difference = runnerUp.monthlyCostUsd.minus(cheapest.monthlyCostUsd)
  const risk = `with ${describeColdStarts(cheapest.coldStartsPerMonth)} against ${coldStartCount(runnerUp.coldStartsPerMonth)}`
  const verb = first.plural ? 'are' : 'is'
  // Below half a cent the rounded difference would read "$0.00 cheaper".
  const lead = difference.isZero()
    ? `${first.text} and ${lowerFirst(second.text)} cost the same, ${formatUsd(cheapest.monthlyCostUsd)} ${period}, ${risk}.`
    : difference.lt('0.005')
      ? `${first.text} ${verb} less than a cent ${period} cheaper than ${lowerFirst(second.text)}, ${risk}.`
      : `${first.text} ${verb} ${formatUsd(difference)} ${period} cheaper than ${lowerFirst(second.text)}, ${risk}.`
  const last = ranked.at(-1)!
  if (ranked.length < 3) return lead
  return `${lead} ${capitalized(subject(last).text)} ${subject(last).plural ? 'are' : 'is'} the most expensive at ${formatUsd(last.monthlyCostUsd)} ${period}.`
}
