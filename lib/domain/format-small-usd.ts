import { formatUsd } from './money'

/** Keep-warm and per-day amounts are often cents or less: show enough digits to tell $0.0040 from zero. */
export function formatSmallUsd(value: string | number): string {
  const magnitude = Math.abs(Number(value))
  return formatUsd(String(value), magnitude >= 1 || magnitude === 0 ? 2 : magnitude >= 0.01 ? 3 : 4)
}
