// Counts the AWS calls of one run and what they cost, and stops Cost Explorer calls at the configured cap
// before they are made: $0.01 per GetCostAndUsage request, each page counting (aws-facts §1.6). CloudWatch
// GetMetricData costs $0.01 per 1,000 metrics requested; Lambda's read APIs are free.
import { type Decimal, toDecimal } from '@/lib/domain/money'
import { AwsSourceError } from './errors'

export const COST_EXPLORER_USD_PER_REQUEST = toDecimal('0.01')
export const CLOUDWATCH_USD_PER_METRIC = toDecimal('0.00001')

export type CallCounts = {
  costExplorer: { calls: number; retries: number }
  cloudWatch: { calls: number; retries: number; metricsRequested: number }
  lambda: { calls: number; retries: number }
}

export class CallMeter {
  readonly counts: CallCounts = {
    costExplorer: { calls: 0, retries: 0 },
    cloudWatch: { calls: 0, retries: 0, metricsRequested: 0 },
    lambda: { calls: 0, retries: 0 },
  }

  constructor(private readonly costExplorerMaxCalls: number) {}

  /** Call before each Cost Explorer request; throws instead of spending beyond the cap. */
  costExplorerCall() {
    if (this.counts.costExplorer.calls >= this.costExplorerMaxCalls) {
      throw new AwsSourceError(
        'call_budget',
        `Stopped at the cap of ${this.costExplorerMaxCalls} Cost Explorer calls per run ($${COST_EXPLORER_USD_PER_REQUEST.times(this.costExplorerMaxCalls).toFixed(2)}); ` +
          'ingest a shorter window or raise FINOPS_CE_MAX_CALLS_PER_RUN.',
        { action: 'ce:GetCostAndUsage' },
      )
    }
    this.counts.costExplorer.calls++
  }

  cloudWatchCall(metricsRequested: number) {
    this.counts.cloudWatch.calls++
    this.counts.cloudWatch.metricsRequested += metricsRequested
  }

  lambdaCall() {
    this.counts.lambda.calls++
  }

  /** SDK attempts beyond the first (throttling, transient errors), as `$metadata.attempts` reports them. */
  retried(source: keyof CallCounts, attempts: number | undefined) {
    if (attempts && attempts > 1) this.counts[source].retries += attempts - 1
  }

  totalCalls(): number {
    return this.counts.costExplorer.calls + this.counts.cloudWatch.calls + this.counts.lambda.calls
  }

  costUsd(): Decimal {
    return COST_EXPLORER_USD_PER_REQUEST.times(this.counts.costExplorer.calls).plus(CLOUDWATCH_USD_PER_METRIC.times(this.counts.cloudWatch.metricsRequested))
  }
}
