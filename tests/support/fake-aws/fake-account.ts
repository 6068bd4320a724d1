// The simulated AWS account behind the fake server: one dataset generated from a scenario (the same language
// as the demo), indexed the way the three APIs read it. Cost lines can be changed between runs to play
// Cost Explorer's restatements.
import type { IsoDay } from '../../../lib/domain/calendar'
import {
  type Dataset,
  type DatasetConfig,
  type DatasetCostLine,
  type DatasetFunction,
  generateDataset,
} from '../../../lib/domain/demo/generate-dataset'
import type { MetricValues } from '../../../lib/domain/metrics'
import type { Scenario } from '../../../lib/domain/demo/scenario-types'
import { recordTags, tagsOnDay } from '../../../lib/domain/teams/tag-history'

export type FakeFunction = DatasetFunction & { configs: DatasetConfig[] }

export class FakeAccount {
  today: IsoDay
  costLines: DatasetCostLine[]
  readonly accounts: { id: string; name: string }[]
  private readonly functions: FakeFunction[]
  private readonly daily = new Map<string, MetricValues>()
  private readonly hourly = new Map<string, MetricValues>()

  constructor(
    readonly dataset: Dataset,
    today: IsoDay,
  ) {
    this.today = today
    this.costLines = dataset.costLines
    this.accounts = dataset.accounts
    this.functions = dataset.functions.map((fn) => ({
      ...fn,
      configs: dataset.configs.filter((config) => config.functionKey === fn.key),
    }))
    for (const row of dataset.dailyMetrics) this.daily.set(`${row.functionKey}|${row.day}`, row)
    for (const row of dataset.hourlyMetrics) this.hourly.set(`${row.functionKey}|${Date.parse(row.hour)}`, row)
  }

  static fromScenario(scenario: Scenario, today: IsoDay): FakeAccount {
    return new FakeAccount(generateDataset(scenario, today), today)
  }

  /** Functions that exist today in an account and region, as ListFunctions shows them. */
  functionsIn(accountId: string, region: string): FakeFunction[] {
    return this.functions.filter(
      (fn) => fn.accountId === accountId && fn.region === region && fn.createdDay <= this.today,
    )
  }

  findFunction(accountId: string, region: string, name: string): FakeFunction | undefined {
    return this.functionsIn(accountId, region).find((fn) => fn.name === name)
  }

  /** The configuration in force now: the last deploy. */
  currentConfig(fn: FakeFunction): DatasetConfig {
    return fn.configs.at(-1)!
  }

  /** The tags in force today (a test may retag a function between runs with `retag`). */
  currentTags(fn: FakeFunction): Record<string, string> {
    return { ...tagsOnDay(fn.tagHistory, this.today) }
  }

  /** Replaces a function's tags from `day` on, as a team move does. */
  retag(accountId: string, region: string, name: string, day: IsoDay, tags: Record<string, string>): void {
    const fn = this.functions.find(
      (candidate) => candidate.accountId === accountId && candidate.region === region && candidate.name === name,
    )
    if (!fn) throw new Error(`No fake function ${accountId}/${region}/${name}`)
    fn.tagHistory = recordTags(fn.tagHistory, { from: day, tags })
  }

  /** Metric values of a function for the period starting at `start` (ms), or null when it did not run. */
  metrics(fn: FakeFunction, start: number, periodSeconds: number): MetricValues | null {
    if (periodSeconds === 86_400)
      return this.daily.get(`${fn.key}|${new Date(start).toISOString().slice(0, 10)}`) ?? null
    if (periodSeconds === 3600) return this.hourly.get(`${fn.key}|${start}`) ?? null
    throw new Error(`The fake CloudWatch serves 1-hour and 1-day periods, not ${periodSeconds} s`)
  }
}
