import { formatUsd } from '../money'
import { DEFAULT_HOURS_PER_MONTH } from '../pricing/ec2-cost'
import { formatQuantity } from '../pricing/format-formula'
import { lowerFirst, phrase, type Phrase } from '../phrase'
import type { ResolvedSimulationInput } from './resolve-simulation-input'
import type { SimulationResult, StrategyName, StrategyResult } from './types'

// The simulator's sentences are messages (simulator.phrases.*): this module picks which and fills them.
const key = (name: string) => `simulator.phrases.${name}`

/** A subject and whether English agrees with it in the plural ("pings … are", "an instance … is"). */
type Subject = { text: Phrase; plural: boolean }

// Rounded like formatQuantity(…, 2), but a number: the message's plural depends on it.
const round2 = (value: number) => Math.round(value * 100) / 100

/** The strategy as a person would name it: "pings every 4 minutes", "1 provisioned environment", "a t4g.small instance". */
export function strategySubject(input: ResolvedSimulationInput, strategy: StrategyName): Subject {
  const { keep_warm: warm, provisioned_concurrency: provisioned, ec2 } = input.strategies
  switch (strategy) {
    case 'on_demand':
      return { text: phrase(key('subject.on_demand')), plural: false }
    case 'keep_warm': {
      const interval = round2(warm!.intervalMinutes)
      return {
        text:
          warm!.concurrency > 1
            ? phrase(key('subject.keep_warm_fan_out'), { interval, environments: warm!.concurrency })
            : phrase(key('subject.keep_warm'), { interval }),
        plural: true,
      }
    }
    case 'provisioned_concurrency': {
      const schedule = provisioned!.schedule
      if (schedule.kind === 'weekly') return { text: phrase(key('subject.provisioned_weekly')), plural: false }
      const environments = round2(schedule.concurrency)
      return {
        text:
          schedule.hoursPerDay < 24
            ? phrase(key('subject.provisioned_hours'), { environments, hours: round2(schedule.hoursPerDay) })
            : phrase(key('subject.provisioned'), { environments }),
        plural: schedule.concurrency !== 1,
      }
    }
    case 'ec2':
      return {
        text:
          ec2!.hoursPerMonth < DEFAULT_HOURS_PER_MONTH
            ? phrase(key('subject.ec2_hours'), {
                instanceType: ec2!.instanceType,
                hours: formatQuantity(ec2!.hoursPerMonth, 2),
              })
            : phrase(key('subject.ec2'), { instanceType: ec2!.instanceType }),
        plural: false,
      }
  }
}

/** "~1,234 cold starts a month", "no cold starts", "almost no cold starts". */
export function describeColdStarts(coldStartsPerMonth: number): Phrase {
  if (coldStartsPerMonth === 0) return phrase(key('coldStarts.none'))
  if (coldStartsPerMonth < 0.5) return phrase(key('coldStarts.almostNone'))
  return phrase(key('coldStarts.count'), { count: Math.round(coldStartsPerMonth) })
}

/** "~1,330", "none", "almost none": the runner-up's cold starts beside the cheapest's. */
function coldStartCount(coldStartsPerMonth: number): Phrase {
  if (coldStartsPerMonth === 0) return phrase(key('coldStartCount.none'))
  if (coldStartsPerMonth < 0.5) return phrase(key('coldStartCount.almostNone'))
  return phrase(key('coldStartCount.count'), { count: formatQuantity(Math.round(coldStartsPerMonth), 0) })
}

/** "a month" for the default 30 days, else "for 7 days". */
export function periodPhrase(days: number): Phrase {
  return days === 30 ? phrase(key('period.month')) : phrase(key('period.days'), { days: round2(days) })
}

// English agrees its verb with the subject: the plural form of a sentence is its key with "Many".
const agreeing = (name: string, subject: Subject) => key(subject.plural ? `${name}Many` : name)

/**
 * The answer in a few sentences: the cheapest strategy that carries the workload, by how much it beats the
 * runner-up among those and at what cold-start risk, the most expensive of them when more than two are compared,
 * then each cheaper strategy that cannot carry the workload and why. Amounts are exact until formatUsd.
 */
export function describeVerdict(result: Pick<SimulationResult, 'input' | 'strategies'>): Phrase[] | null {
  const all = [...result.strategies].sort((x, y) => x.monthlyCostUsd.comparedTo(y.monthlyCostUsd))
  if (all.length === 0) return null
  const ranked = all.filter((entry) => entry.viable)
  const period = periodPhrase(result.input.days)
  const subject = (entry: StrategyResult) => strategySubject(result.input, entry.strategy)
  const [cheapest] = ranked
  const passedOver = all.filter(
    (entry) => !entry.viable && (!cheapest || entry.monthlyCostUsd.lt(cheapest.monthlyCostUsd)),
  )
  const cannot = passedOver.map((entry) => {
    const reason = lowerFirst(entry.reasons[0]!)
    return cheapest
      ? phrase(key('verdict.cannot'), {
          subject: subject(entry).text,
          saving: formatUsd(cheapest.monthlyCostUsd.minus(entry.monthlyCostUsd)),
          period,
          reason,
        })
      : phrase(key('verdict.cannotAny'), { subject: subject(entry).text, reason })
  })
  if (!cheapest) return [phrase(key('verdict.noneViable')), ...cannot]
  return [...viableVerdict(ranked, period, subject), ...cannot]
}

function viableVerdict(
  ranked: StrategyResult[],
  period: Phrase,
  subject: (entry: StrategyResult) => Subject,
): Phrase[] {
  const [cheapest, runnerUp] = ranked as [StrategyResult, StrategyResult | undefined]
  const first = subject(cheapest)
  const coldStarts = describeColdStarts(cheapest.coldStartsPerMonth)
  if (!runnerUp)
    return [
      phrase(agreeing('verdict.only', first), {
        subject: first.text,
        cost: formatUsd(cheapest.monthlyCostUsd),
        period,
        coldStarts,
      }),
    ]
  const second = subject(runnerUp)
  const difference = runnerUp.monthlyCostUsd.minus(cheapest.monthlyCostUsd)
  const compared = {
    first: first.text,
    second: lowerFirst(second.text),
    period,
    coldStarts,
    other: coldStartCount(runnerUp.coldStartsPerMonth),
  }
  // Below half a cent the rounded difference would read "$0.00 cheaper".
  const lead = difference.isZero()
    ? phrase(key('verdict.same'), { ...compared, cost: formatUsd(cheapest.monthlyCostUsd) })
    : difference.lt('0.005')
      ? phrase(agreeing('verdict.lessThanCent', first), compared)
      : phrase(agreeing('verdict.cheaper', first), { ...compared, difference: formatUsd(difference) })
  const last = ranked.at(-1)!
  if (ranked.length < 3) return [lead]
  const priciest = subject(last)
  return [
    lead,
    phrase(agreeing('verdict.mostExpensive', priciest), {
      subject: priciest.text,
      cost: formatUsd(last.monthlyCostUsd),
      period,
    }),
  ]
}
