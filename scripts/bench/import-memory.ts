// `npm run bench:import`: streams a generated FOCUS 1.2 file of BENCH_IMPORT_MB megabytes (default 1,024)
// through the cost file import into a temporary embedded PostgreSQL, sampling the process's memory, to show
// that memory stays flat however large the file is: the npm script caps the V8 heap at 128 MB, so a file
// held in memory would fail. Prints peak RSS and heap next to the file size.
import { readFileSync } from 'node:fs'
import { createPrismaClient } from '@/lib/server/db/prisma'
import { runMigrations } from '@/lib/server/db/run-migrations'
import { importCostFile } from '@/lib/server/imports/import-cost-file'
import { awsFixturePath } from '../../tests/support/aws-fixtures'
import { startTemporaryPostgres } from '../lib/temporary-postgres'

const TARGET_BYTES = Number(process.env.BENCH_IMPORT_MB ?? 1_024) * 1024 * 1024
const [header, ...samples] = readFileSync(awsFixturePath('focus-1.2-aws-lambda.synthetic.csv'), 'utf8')
  .trimEnd()
  .split('\n')
const usage = samples.slice(0, 4)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/** FOCUS rows for 30 days × 24 hours × 10 accounts, each with its own resource id, until the size is reached. */
async function* generatedFile(): AsyncGenerator<Buffer> {
  let written = 0
  let row = 0
  yield Buffer.from(`${header}\n`)
  while (written < TARGET_BYTES) {
    const lines: string[] = []
    for (let i = 0; i < 200; i++, row++) {
      const day = String(1 + (row % 30)).padStart(2, '0')
      const hour = String(Math.floor(row / 30) % 24).padStart(2, '0')
      const account = String(111111111111 + (Math.floor(row / 30) % 10))
      lines.push(
        usage[row % usage.length]!.replaceAll('2025-09-15T10:00:00Z', `2025-09-${day}T${hour}:00:00Z`)
          .replaceAll('2025-09-15T11:00:00Z', `2025-09-${day}T${hour}:59:59Z`)
          .replaceAll('111111111111', account)
          // A FOCUS line is its whole row: each generated row names its own resource, so no two are the same line.
          .replace(/function:([a-z-]+)/, `function:$1-${row}`),
      )
    }
    const chunk = Buffer.from(`${lines.join('\n')}\n`)
    written += chunk.length
    yield chunk
  }
}

const database = await startTemporaryPostgres()
const db = createPrismaClient(database.url)
try {
  await runMigrations(database.url)
  global.gc?.()
  const baseline = process.memoryUsage()
  let peakRss = baseline.rss
  let peakHeap = baseline.heapUsed
  const sampler = setInterval(() => {
    const now = process.memoryUsage()
    peakRss = Math.max(peakRss, now.rss)
    peakHeap = Math.max(peakHeap, now.heapUsed)
  }, 100)
  const started = performance.now()
  const result = await importCostFile(
    { db, databaseUrl: database.url },
    { fileName: 'generated-focus.csv', body: generatedFile(), maxBytes: TARGET_BYTES * 2 },
  )
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  const summary = result.import
  console.log(
    `Imported a generated FOCUS 1.2 file of ${mb(summary.sizeBytes)}: ${summary.rowsRead.toLocaleString('en-US')} rows → ${summary.lineItems.toLocaleString('en-US')} lines in ${seconds.toFixed(1)} s`,
  )
  console.log(
    `  ${Math.round(summary.rowsRead / seconds).toLocaleString('en-US')} rows/s, ${(summary.sizeBytes / 1024 / 1024 / seconds).toFixed(1)} MB/s`,
  )
  console.log(
    `Memory: RSS ${mb(baseline.rss)} before, peak ${mb(peakRss)} (+${mb(peakRss - baseline.rss)}); heap used ${mb(baseline.heapUsed)} before, peak ${mb(peakHeap)}`,
  )
  console.log(
    `Peak RSS growth is ${((100 * (peakRss - baseline.rss)) / summary.sizeBytes).toFixed(1)}% of the file size.`,
  )
} finally {
  await db.$disconnect()
  await database.stop()
}
