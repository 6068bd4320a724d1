import { describe, expect, it } from 'vitest'
import {
  type Allocatable,
  assignTeam,
  type TeamRules,
  TeamRulesError,
  UNALLOCATED,
  validateTeamRules,
} from './team-rules'

const item = (over: Partial<Allocatable> = {}): Allocatable => ({
  accountId: '123456789012',
  service: 'AWS Lambda',
  functionName: 'search-api',
  tags: {},
  ...over,
})

const rules: TeamRules = {
  rules: [
    { team: 'recsys', match: { tag: { key: 'team', value: 'recsys' } } },
    { team: 'platform', match: { account: '210987654321' } },
    { team: 'search', match: { functionPrefix: 'search-' } },
    { team: 'data', match: { service: 'Amazon Athena' } },
  ],
  defaultFromTag: 'team',
}

describe('team rules', () => {
  it('the first matching rule wins, in the order written', () => {
    // Tagged recsys AND named search-*: rule 1 comes first.
    expect(assignTeam(item({ tags: { team: 'recsys' } }), rules)).toEqual({ team: 'recsys', by: { rule: 0 } })
    expect(assignTeam(item({ accountId: '210987654321' }), rules)).toEqual({ team: 'platform', by: { rule: 1 } })
    expect(assignTeam(item(), rules)).toEqual({ team: 'search', by: { rule: 2 } })
    expect(assignTeam(item({ service: 'Amazon Athena', functionName: null }), rules)).toEqual({
      team: 'data',
      by: { rule: 3 },
    })
  })

  it('a function-name prefix never matches a cost without a function', () => {
    expect(
      assignTeam(item({ functionName: null }), {
        rules: [{ team: 'search', match: { functionPrefix: '' } }],
        defaultFromTag: null,
      }).team,
    ).toBe(UNALLOCATED)
  })

  it('with a default tag, each value of it is a team; empty, reserved or missing values stay unallocated', () => {
    const other = item({ functionName: 'billing-export', tags: { team: 'payments' } })
    expect(assignTeam(other, rules)).toEqual({ team: 'payments', by: { defaultTag: 'team' } })
    expect(assignTeam(item({ functionName: 'x', tags: { team: '' } }), rules)).toEqual({
      team: UNALLOCATED,
      by: 'unallocated',
    })
    expect(assignTeam(item({ functionName: 'x', tags: { team: UNALLOCATED } }), rules).team).toBe(UNALLOCATED)
    expect(assignTeam(item({ functionName: 'x', tags: { owner: 'payments' } }), rules).team).toBe(UNALLOCATED)
    expect(assignTeam(other, { ...rules, defaultFromTag: null }).team).toBe(UNALLOCATED)
  })

  it('tag matches are exact (case and value)', () => {
    expect(
      assignTeam(item({ functionName: null, tags: { team: 'RecSys' } }), { rules: rules.rules, defaultFromTag: null })
        .team,
    ).toBe(UNALLOCATED)
    expect(
      assignTeam(item({ functionName: null, tags: { Team: 'recsys' } }), { rules: rules.rules, defaultFromTag: null })
        .team,
    ).toBe(UNALLOCATED)
  })

  it('refuses rules a user would not mean, naming the rule by its position', () => {
    const refuse = (bad: TeamRules, message: string) =>
      expect(() => validateTeamRules(bad)).toThrow(new TeamRulesError(message))
    refuse({ rules: [{ team: '', match: { account: '1' } }], defaultFromTag: null }, 'rule 1: the team needs a name')
    refuse(
      { rules: [{ team: ' a', match: { account: '1' } }], defaultFromTag: null },
      'rule 1: the team name " a" has spaces around it',
    )
    refuse(
      { rules: [{ team: 'x'.repeat(65), match: { account: '1' } }], defaultFromTag: null },
      'rule 1: a team name has at most 64 characters',
    )
    refuse(
      { rules: [{ team: UNALLOCATED, match: { account: '1' } }], defaultFromTag: null },
      'rule 1: "unallocated" is the name of what no rule claims',
    )
    refuse(
      { rules: [{ team: 'a', match: { tag: { key: ' ', value: 'v' } } }], defaultFromTag: null },
      'rule 1: the match needs a value',
    )
    refuse(
      {
        rules: [rules.rules[0]!, rules.rules[1]!, { team: 'other', match: { tag: { key: 'team', value: 'recsys' } } }],
        defaultFromTag: null,
      },
      'rule 3 can never match: rule 1 has the same condition',
    )
    refuse({ rules: [], defaultFromTag: '  ' }, 'the default tag key is empty')
    expect(validateTeamRules(rules)).toBe(rules)
  })
})
