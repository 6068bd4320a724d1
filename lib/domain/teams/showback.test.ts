import { describe, expect, it } from 'vitest'
import { buildShowback, describeMethod, type ShowbackItem } from './showback'
import type { TeamRules } from './team-rules'

const fn = (name: string, team: string | null, amountUsd: string): ShowbackItem => ({
  kind: 'function',
  accountId: '111111111111',
  service: 'AWS Lambda',
  functionName: name,
  region: 'ap-northeast-2',
  tags: team ? { team } : {},
  amountUsd,
})
const line = (service: string, amountUsd: string): ShowbackItem => ({
  kind: 'line',
  accountId: '111111111111',
  service,
  functionName: null,
  region: null,
  tags: {},
  amountUsd,
})
const rest = (amountUsd: string): ShowbackItem => ({
  ...line('AWS Lambda', amountUsd),
  kind: 'lambda_not_in_functions',
})

const rules: TeamRules = { rules: [{ team: 'platform', match: { service: 'Amazon RDS' } }], defaultFromTag: 'team' }
const pools = [{ name: 'NAT', match: { service: 'EC2 - Other' }, split: { method: 'even' as const } }]

describe('buildShowback', () => {
  it('places each item, splits the pool to the cent, and compares each team with its previous month', () => {
    const current = [
      fn('api', 'recsys', '10.00'),
      fn('api-b', 'recsys', '2.50'),
      fn('etl', 'platform', '4.00'),
      fn('tmp', null, '1.00'),
      line('Amazon RDS', '6.00'),
      line('EC2 - Other', '1.00'),
      rest('-3.00'),
    ]
    const previous = [fn('api', 'recsys', '8.00'), fn('gone', 'search', '5.00'), line('EC2 - Other', '0.99')]
    const showback = buildShowback({ current, previous, rules, pools })

    // recsys 12.50 direct + 0.50 of the pool (1.00 evenly over two teams); platform 4.00 + 6.00 + 0.50. Last month
    // recsys and search shared 0.99: 0.50 and 0.49 (the odd cent to the first by name).
    expect(
      showback.teams.map((team) => [
        team.team,
        team.directUsd.toFixed(2),
        team.sharedUsd.toFixed(2),
        team.totalUsd.toFixed(2),
        team.previousTotalUsd.toFixed(2),
        team.changeUsd.toFixed(2),
      ]),
    ).toEqual([
      ['recsys', '12.50', '0.50', '13.00', '8.50', '4.50'],
      ['platform', '10.00', '0.50', '10.50', '0.00', '10.50'],
      // Cost nothing this month: still on the statement, with its change.
      ['search', '0.00', '0.00', '0.00', '5.49', '-5.49'],
    ])
    // Unallocated: the untagged function (1.00) and the Lambda bill below the estimates (-3.00).
    expect(showback.unallocated.totalUsd.toFixed(2)).toBe('-2.00')
    expect(showback.unallocated.lambdaNotInFunctionsUsd.toFixed(2)).toBe('-3.00')
    expect(showback.unallocated.topFunctions.map((top) => top.name)).toEqual(['tmp'])
    expect(showback.totalUsd.toFixed(2)).toBe('21.50')
    expect(showback.previousTotalUsd.toFixed(2)).toBe('13.99')
    expect(showback.teams[0]!.topFunctions.map((top) => [top.name, top.costUsd.toFixed(2)])).toEqual([
      ['api', '10.00'],
      ['api-b', '2.50'],
    ])
  })

  it('says how costs were placed', () => {
    expect(describeMethod(rules, pools)).toBe(
      'Each cost goes to the first of 1 rule(s) that matches, else the value of its “team” tag; what nothing claims is unallocated. ' +
        'Lambda is placed per function (its estimated cost, with the tags in force on each day); the Lambda bill’s difference from the estimates (free tier, credits) stays with its account. ' +
        'NAT is split evenly, to the cent by largest remainder.',
    )
    expect(describeMethod({ rules: [], defaultFromTag: null }, [])).toMatch(
      /^No team rules yet: every cost is unallocated\./,
    )
  })
})
