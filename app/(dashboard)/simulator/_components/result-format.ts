import { MAX_REQUESTS_PER_DAY } from '@/lib/domain/simulator/find-break-even'
import type { BreakEvenInterval } from '@/lib/domain/simulator/types'
import { formatCount } from '@/lib/format'

type RangeKey = 'whole' | 'below' | 'above' | 'between'

/**
 * Where one of a pair is cheaper, as the message that says it ("below ~41", "~41 to ~592", "above ~8,243,741",
 * "from 0 to 10,000,000") and the counts that fill it.
 */
export function intervalRange({ fromRequestsPerDay: from, toRequestsPerDay: to }: BreakEvenInterval): {
  key: RangeKey
  values: { from: string; to: string }
} {
  const values = { from: formatCount(from), to: formatCount(to) }
  if (from === 0 && to === MAX_REQUESTS_PER_DAY) return { key: 'whole', values }
  if (from === 0) return { key: 'below', values }
  if (to === MAX_REQUESTS_PER_DAY) return { key: 'above', values }
  return { key: 'between', values }
}

/** Share of requests as a percentage that keeps small risks visible: "0.25%", "<0.01%", "0%". */
export function formatShare(share: number): string {
  if (share === 0) return '0%'
  const percent = share * 100
  if (percent < 0.01) return '<0.01%'
  return `${percent < 1 ? percent.toPrecision(2) : percent.toFixed(1)}%`
}
