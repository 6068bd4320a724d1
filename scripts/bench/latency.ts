// Request latency as the read benchmarks measure it: sequential requests on loopback, each timed to its first
// body byte and to its last, summarised as median and p95.
export type Sample = { total: number[]; firstByte: number[] }

export type MeasureOptions = {
  times: number
  warmUp?: number
  budgetMs?: number
  minTimes?: number
  headers?: Record<string, string>
}

/** Requests `url` (or `url(i)`) `times` times after `warmUp` untimed ones; stops early once `budgetMs` is spent and
 * `minTimes` were measured, so a 10-second page on the largest estate does not hold the run for an hour. */
export async function measure(url: string | ((i: number) => string), options: MeasureOptions): Promise<Sample> {
  const target = (i: number) => (typeof url === 'string' ? url : url(i))
  for (let i = 0; i < (options.warmUp ?? 0); i++) await timeOne(target(i), options.headers)
  const sample: Sample = { total: [], firstByte: [] }
  const started = performance.now()
  for (let i = 0; i < options.times; i++) {
    const { total, firstByte } = await timeOne(target(i), options.headers)
    sample.total.push(total)
    sample.firstByte.push(firstByte)
    if (
      options.budgetMs !== undefined &&
      sample.total.length >= (options.minTimes ?? 1) &&
      performance.now() - started > options.budgetMs
    )
      break
  }
  return sample
}

async function timeOne(url: string, headers?: Record<string, string>): Promise<{ total: number; firstByte: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers })
  const reader = response.body!.getReader()
  let firstByte: number | undefined
  for (;;) {
    const { done } = await reader.read()
    firstByte ??= performance.now() - started
    if (done) break
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return { total: performance.now() - started, firstByte: firstByte! }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
