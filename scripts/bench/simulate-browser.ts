// `npm run bench:simulate:browser` (also run by `npm run bench:simulate`): one interactive update of the simulator
// page in Chromium, from an input event on "Requests per day" to the recomputed result in the DOM and to the
// next frame, against the production build. The baseline, measured in the same run, is the same kind of input
// event on a field that changes no simulation (the function search box): the page's floor for any keystroke.
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { buildIfNeeded } from '../lib/build-if-needed'
import { startTemporaryPostgres } from '../lib/temporary-postgres'
import { type NextServer, startNextServer } from './next-server'

const PORT = 3197
const WARM_UP = 5
const UPDATES = 40

type Timing = { dom: number; frame: number }

// A string, not a function: the page must not receive tsx's helpers.
// Without `watch`, the DOM time is when the input event returns (React renders discrete events synchronously).
const MEASURE = (inputId: string, watch: string | null, values: (number | string)[]) => `(async () => {
  const input = document.getElementById(${JSON.stringify(inputId)})
  const target = ${watch === null ? 'null' : `document.querySelector(${JSON.stringify(watch)})`}
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  const timings = []
  for (const value of ${JSON.stringify(values)}) {
    const before = target && target.textContent
    const changed = target && new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (target.textContent !== before) { observer.disconnect(); resolve(performance.now()) }
      })
      observer.observe(target, { subtree: true, childList: true, characterData: true })
    })
    const start = performance.now()
    setValue.call(input, String(value))
    input.dispatchEvent(new Event('input', { bubbles: true }))
    const dom = changed ? await changed : performance.now()
    const frame = await new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))
    timings.push({ dom: dom - start, frame: frame - start })
    // About a fast typist's pace, so the charts' deferred render of one update does not overlap the next.
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  return timings
})()`

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((values.length * p) / 100) - 1)]!
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

const database = await startTemporaryPostgres()
let server: NextServer | undefined
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu'] })
try {
  await runMigrations(database.url)
  buildIfNeeded((line) => console.log(line))
  server = await startNextServer(database.url, PORT)
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${server.base}/simulator`)
  await page.getByTestId('verdict').waitFor()

  const names = Array.from({ length: WARM_UP + UPDATES }, (_, index) => `fn-${index}`)
  const baseline = ((await page.evaluate(MEASURE('function-search', null, names))) as Timing[]).slice(WARM_UP)
  await page.getByLabel('Prefill from a function').fill('')
  await page.waitForTimeout(1000)
  const requests = Array.from({ length: WARM_UP + UPDATES }, (_, index) => 1000 + index * 137)
  const updates = (
    (await page.evaluate(MEASURE('sim-requestsPerDay', '[data-testid="strategy-on_demand"]', requests))) as Timing[]
  ).slice(WARM_UP)

  console.log(`load average ${load()}`)
  console.log(
    `${UPDATES} updates after ${WARM_UP} warm-up, Chromium, production build, 4 strategies + break-even + cost curve\n`,
  )
  const row = (label: string, values: number[], base?: number[]) =>
    console.log(
      `${label.padEnd(58)} median ${percentile(values, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(6)} ms${base ? `   ${(percentile(values, 50) / percentile(base, 50)).toFixed(1).padStart(5)}× baseline` : ''}`,
    )
  row(
    'baseline: a keystroke in the function search (next frame)',
    baseline.map((timing) => timing.frame),
  )
  row(
    'one update: input → answer and tables in the DOM',
    updates.map((timing) => timing.dom),
    baseline.map((timing) => timing.frame),
  )
  row(
    'one update: input → next frame painted',
    updates.map((timing) => timing.frame),
    baseline.map((timing) => timing.frame),
  )
  console.log(`load average ${load()}`)
} finally {
  await browser.close()
  await server?.stop()
  await database.stop()
}
