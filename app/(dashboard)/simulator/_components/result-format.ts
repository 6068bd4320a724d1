import { MAX_REQUESTS_PER_DAY } from '@/lib/domain/simulator/find-break-even'
import type { BreakEvenInterval } from '@/lib/domain/simulator/types'
import { formatCount } from '@/lib/format'

/** "below ~41", "~41 to ~592", "above ~8,243,741", "from 0 to 10,000,000": where one of a pair is cheaper. */
export function intervalRange({ fromRequestsPerDay: from, toRequestsPerDay: to }: BreakEvenInterval): string {
  if (from === 0 && to === MAX_REQUESTS_PER_DAY) return `from 0 to ${formatCount(to)}`
  if (from === 0) return `below ~${formatCount(to)}`
  if (to === MAX_REQUESTS_PER_DAY) return `above ~${formatCount(from)}`
  return `~${formatCount(from)} to ~${formatCount(to)}`
}

/** "a month" for the default 30 days, else "for 7 days". */
export function periodLabel(days: number): string {
  return days === 30 ? 'a month' : `for ${days} days`
}

/** Share of requests as a percentage that keeps small risks visible: "0.25%", "<0.01%", "0%". */
export function formatShare(share: number): string {
  if (share === 0) return '0%'
  const percent = share * 100
  if (percent < 0.01) return '<0.01%'
  return `${percent < 1 ? percent.toPrecision(2) : percent.toFixed(1)}%`
}
