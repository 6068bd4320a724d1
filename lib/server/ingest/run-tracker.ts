// The live record of a running ingestion: progress, warnings, API calls and their cost, written to the run
// log on a heartbeat so the UI can show progress and a dead worker can be told from a slow one.
import 'server-only'
import type { CallMeter } from '@/lib/aws/call-meter'
import { clock } from '@/lib/server/clock'
import type { Db } from '@/lib/server/db/prisma'
import { emptyProgress } from '@/lib/server/stored/ingestion-progress'

export class RunTracker {
  readonly progress = emptyProgress()
  readonly warnings: string[] = []
  private timer: NodeJS.Timeout | undefined
  private flushing: Promise<void> = Promise.resolve()

  constructor(
    private readonly db: Db,
    readonly runId: string,
    readonly meter: CallMeter,
    private readonly log: (line: string) => void,
  ) {}

  warn(message: string) {
    if (this.warnings.includes(message)) return
    this.warnings.push(message)
    this.log(`warning: ${message}`)
  }

  say(line: string) {
    this.log(line)
  }

  /** Times a database write so the run reports how long the facts took to store. */
  async timedWrite<T>(write: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await write()
    } finally {
      this.progress.dbWriteMs += Math.round(performance.now() - started)
    }
  }

  /** Times a refresh of derived data. */
  async timedDerived<T>(refresh: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await refresh()
    } finally {
      this.progress.derivedMs += Math.round(performance.now() - started)
    }
  }

  startHeartbeat(intervalMs: number) {
    this.timer = setInterval(() => void this.flush().catch(() => {}), intervalMs)
    this.timer.unref()
  }

  stopHeartbeat() {
    clearInterval(this.timer)
  }

  /** Writes progress, counts and the heartbeat; calls never overlap. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write())
    return this.flushing
  }

  private async write() {
    const counts = this.meter.counts
    this.progress.costs.calls = counts.costExplorer.calls
    this.progress.lambda.calls = counts.lambda.calls
    this.progress.metrics.calls = counts.cloudWatch.calls
    this.progress.metrics.metricsRequested = counts.cloudWatch.metricsRequested
    this.progress.servers.calls = counts.servers.calls
    this.progress.retries =
      counts.costExplorer.retries + counts.cloudWatch.retries + counts.lambda.retries + counts.servers.retries
    await this.db.ingestionRun.update({
      where: { id: this.runId },
      data: {
        heartbeatAt: clock.now(),
        progress: this.progress,
        warnings: this.warnings,
        apiCalls: this.meter.totalCalls(),
        apiCostUsd: this.meter.costUsd().toFixed(),
      },
    })
  }
}
