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
