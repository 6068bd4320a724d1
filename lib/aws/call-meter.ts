// Counts the AWS calls of one run and what they cost, and stops Cost Explorer calls at the caps before they
// are made (per run, and per UTC day with what earlier runs spent): $0.01 per GetCostAndUsage request, each
// page counting (aws-facts §1.6). CloudWatch GetMetricData costs $0.01 per 1,000 metrics requested; Lambda's,
// EC2's and RDS's read APIs are free.
import 'server-only'
import { COST_EXPLORER_USD_PER_REQUEST, type DailySpend, stopBeyondCaps } from '@/lib/domain/ingest/cost-explorer-spend'
import { type Decimal, toDecimal } from '@/lib/domain/money'
import { AwsSourceError } from './errors'

export const CLOUDWATCH_USD_PER_METRIC = toDecimal('0.00001')

export type CallCounts = {
  costExplorer: { calls: number; retries: number }
  cloudWatch: { calls: number; retries: number; metricsRequested: number }
  lambda: { calls: number; retries: number }
  /** EC2 and RDS describe calls (free). */
  servers: { calls: number; retries: number }
}

export class CallMeter {
  readonly counts: CallCounts = {
    costExplorer: { calls: 0, retries: 0 },
    cloudWatch: { calls: 0, retries: 0, metricsRequested: 0 },
    lambda: { calls: 0, retries: 0 },
    servers: { calls: 0, retries: 0 },
  }

  /** `daily`: today's cap and what other runs spent today, read when the run starts (runs never overlap); a run always has one. */
  constructor(
    private readonly costExplorerMaxCalls: number,
    private readonly daily?: DailySpend,
  ) {}

  /** Call before each Cost Explorer request; throws instead of spending beyond a cap. */
  costExplorerCall() {
    const stop = stopBeyondCaps({
      callsThisRun: this.counts.costExplorer.calls,
      maxCallsPerRun: this.costExplorerMaxCalls,
      daily: this.daily,
    })
    if (stop) throw new AwsSourceError('call_budget', stop, { action: 'ce:GetCostAndUsage' })
    this.counts.costExplorer.calls++
  }

  cloudWatchCall(metricsRequested: number) {
    this.counts.cloudWatch.calls++
    this.counts.cloudWatch.metricsRequested += metricsRequested
  }

  lambdaCall() {
    this.counts.lambda.calls++
  }

  serversCall() {
    this.counts.servers.calls++
  }

  /** SDK attempts beyond the first (throttling, transient errors), as `$metadata.attempts` reports them. */
  retried(source: keyof CallCounts, attempts: number | undefined) {
    if (attempts && attempts > 1) this.counts[source].retries += attempts - 1
  }

  totalCalls(): number {
    return (
      this.counts.costExplorer.calls +
      this.counts.cloudWatch.calls +
      this.counts.lambda.calls +
      this.counts.servers.calls
    )
  }

  costUsd(): Decimal {
    return COST_EXPLORER_USD_PER_REQUEST.times(this.counts.costExplorer.calls).plus(
      CLOUDWATCH_USD_PER_METRIC.times(this.counts.cloudWatch.metricsRequested),
    )
  }
}
