// Function tags from the local fake AWS: the Resource Groups Tagging API read in bulk (a few GetResources pages per
// region, not one call per function), kept as history, and allocated: the teams plus unallocated add up to the
// accounts' total to the cent, and a function whose team tag changed mid-month splits between teams by day.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addDaysTo, dateToDay, firstDayOf, lastDayOf, monthOf, SUPPORTED_DAYS } from '../../lib/domain/calendar'
import type { Scenario } from '../../lib/domain/demo/scenario-types'
import { sum, toDecimal } from '../../lib/domain/money'
import { getCostBreakdown } from '../../lib/server/queries/get-cost-breakdown'
import { getShowback, teamCostItems } from '../../lib/server/queries/get-showback'
import { writeTeamSettings } from '../../lib/server/stored/team-settings'
import { TEST_PRODUCTION, TEST_SCENARIO } from '../support/fake-aws/test-scenario'
import { type Harness, startHarness } from './helpers/ingestion-harness'
import { emptyTables } from './helpers/test-database'

const TEAMS: Record<string, string> = { 'orders-api': 'commerce', 'checkout-api': 'commerce', 'nightly-report': 'data' }

// The test account with a `team` tag on three functions; cache-warmer and dev-sandbox carry none.
const TAGGED: Scenario = {
  ...TEST_SCENARIO,
  accounts: TEST_SCENARIO.accounts.map((account) => ({
    ...account,
    functions: account.functions.map((fn) =>
      TEAMS[fn.name] ? { ...fn, tags: { team: TEAMS[fn.name]!, 'cost-center': '42' } } : fn,
    ),
  })),
}

let h: Harness

beforeAll(async () => {
  h = await startHarness({ scenario: TAGGED, pageSizes: { taggedResources: 1 } })
})

beforeEach(async () => {
  await emptyTables(h.database.db)
  h.fake.calls.length = 0
  delete h.deps.now
})

afterAll(async () => {
  await h?.close()
})

const everything = () => ({ from: h.fake.account.dataset.firstDay, to: h.fake.account.dataset.lastDay })

async function storedTags() {
  const rows = await h.database.db.$queryRaw<{ name: string; valid_from: Date; tags: Record<string, string> }[]>`
    SELECT f.name, s.valid_from, s.tags FROM function_tag_set s JOIN lambda_function f ON f.id = s.function_id ORDER BY f.name, s.valid_from`
  return rows.map((row) => ({ name: row.name, from: dateToDay(row.valid_from), tags: row.tags }))
}

describe('ingesting function tags', () => {
  it('reads every function’s tags with GetResources pages, not a call per function, and keeps them from the first supported day', async () => {
    const outcome = await h.ingest({ window: everything() })
    expect(outcome.status).toBe('succeeded')
    const tagging = h.fake.calls.filter((call) => call.service === 'tagging')
    expect(new Set(tagging.map((call) => call.operation))).toEqual(new Set(['GetResources']))
    // One tagged function a page: ap-northeast-2 has orders-api and checkout-api (2 pages), us-east-1 nightly-report (1).
    expect(tagging.filter((call) => call.region === 'ap-northeast-2')).toHaveLength(2)
    expect(tagging.filter((call) => call.region === 'us-east-1')).toHaveLength(1)
    const tags = await storedTags()
    expect(tags.find((row) => row.name === 'orders-api')).toEqual({
      name: 'orders-api',
      from: SUPPORTED_DAYS.first,
      tags: { team: 'commerce', 'cost-center': '42' },
    })
    // A function without tags is recorded as having none.
    expect(tags.find((row) => row.name === 'cache-warmer')).toEqual({
      name: 'cache-warmer',
      from: SUPPORTED_DAYS.first,
      tags: {},
    })

    // Run again with nothing changed: nothing new is recorded.
    await h.ingest({ window: everything(), sources: ['lambda'] })
    expect(await storedTags()).toEqual(tags)
  })

  it('a team move mid-month: the function’s days before stay with the old team, the teams and unallocated add up to the total', async () => {
    await h.ingest({ window: everything() })
    const moveDay = addDaysTo(h.today, -10)
    h.fake.account.retag(TEST_PRODUCTION, 'ap-northeast-2', 'orders-api', moveDay, { team: 'growth' })
    // The tags are read ten days ago (by a run that sees them then), as the scheduled runs would have.
    h.deps.now = () => new Date(`${moveDay}T06:00:00Z`)
    h.fake.account.today = moveDay
    try {
      const outcome = await h.ingest({ window: { from: moveDay, to: moveDay }, sources: ['lambda'] })
      expect(outcome.status).toBe('succeeded')
    } finally {
      h.fake.account.today = h.today
    }
    expect((await storedTags()).filter((row) => row.name === 'orders-api')).toEqual([
      { name: 'orders-api', from: SUPPORTED_DAYS.first, tags: { team: 'commerce', 'cost-center': '42' } },
      { name: 'orders-api', from: moveDay, tags: { team: 'growth' } },
    ])

    await writeTeamSettings(h.database.db, {
      rules: [{ team: 'data', match: { account: '222222222222' } }],
      defaultFromTag: 'team',
      sharedPools: [],
    })
    // The month of the move: days before it and days after it.
    const month = monthOf(moveDay)
    const range = { from: firstDayOf(month), to: lastDayOf(month) }
    const orders = (await teamCostItems(h.database.db, range, { byDay: true })).filter(
      (item) => item.functionName === 'orders-api',
    )
    expect(orders.length).toBeGreaterThan(0)
    for (const item of orders) expect(item.tags.team).toBe(item.day! < moveDay ? 'commerce' : 'growth')
    expect(new Set(orders.map((item) => item.tags.team))).toEqual(new Set(['commerce', 'growth']))

    const showback = await getShowback(h.database.db, { month })
    const costs = await getCostBreakdown(h.database.db, {
      ...range,
      granularity: 'monthly',
      groupBy: ['account'],
      filters: {},
    })
    const lines = [...showback.teams, showback.unallocated]
    expect(sum(lines.map((line) => line.totalUsd)).toFixed()).toBe(toDecimal(costs.total.currentUsd).toFixed())
    expect(sum(costs.groups.map((group) => group.currentUsd)).toFixed()).toBe(toDecimal(showback.totalUsd).toFixed())
    const growth = showback.teams.find((team) => team.team === 'growth')!
    const commerce = showback.teams.find((team) => team.team === 'commerce')!
    const ordersCost = (team: typeof growth) =>
      toDecimal(team.topFunctions.find((fn) => fn.name === 'orders-api')?.costUsd ?? 0)
    expect(ordersCost(growth).toFixed()).toBe(
      sum(orders.filter((item) => item.day! >= moveDay).map((item) => item.amountUsd)).toFixed(),
    )
    expect(ordersCost(commerce).toFixed()).toBe(
      sum(orders.filter((item) => item.day! < moveDay).map((item) => item.amountUsd)).toFixed(),
    )
    expect(ordersCost(growth).greaterThan(0) && ordersCost(commerce).greaterThan(ordersCost(growth))).toBe(true)
    // The untagged cache-warmer and the other services without a rule are unallocated.
    expect(toDecimal(showback.unallocated.directUsd).greaterThan(0)).toBe(true)
  })
})
