// Which team owns a cost? The admin writes rules (a tag value, an account, a service, a function-name prefix),
// evaluated in order: the first that matches wins. With `defaultFromTag`, each value of that tag is a team
// without a rule of its own. Whatever nothing claims is "unallocated", a bucket always shown with its share,
// never spread silently over the teams (Cost Explorer reports an untagged cost as the tag's empty value).

export const UNALLOCATED = 'unallocated'

export type TeamMatch =
  { tag: { key: string; value: string } } | { account: string } | { service: string } | { functionPrefix: string }

export type TeamRule = { team: string; match: TeamMatch }

export type TeamRules = { rules: readonly TeamRule[]; defaultFromTag: string | null }

/** What a cost is known by: its account and service, its function (Lambda lines), the tags in force that day. */
export type Allocatable = {
  accountId: string
  service: string
  functionName: string | null
  tags: Readonly<Record<string, string>>
}

/** The team and why: the index of the rule that matched, the default tag, or nothing. */
export type TeamAssignment = { team: string; by: { rule: number } | { defaultTag: string } | 'unallocated' }

export const TEAM_NAME_MAX_LENGTH = 64

export class TeamRulesError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TeamRulesError'
  }
}

export function matches(match: TeamMatch, item: Allocatable): boolean {
  if ('tag' in match) return item.tags[match.tag.key] === match.tag.value
  if ('account' in match) return item.accountId === match.account
  if ('service' in match) return item.service === match.service
  return item.functionName !== null && item.functionName.startsWith(match.functionPrefix)
}

export function assignTeam(item: Allocatable, rules: TeamRules): TeamAssignment {
  const index = rules.rules.findIndex((rule) => matches(rule.match, item))
  if (index >= 0) return { team: rules.rules[index]!.team, by: { rule: index } }
  if (rules.defaultFromTag !== null) {
    const value = item.tags[rules.defaultFromTag]?.trim()
    // An empty value is how Cost Explorer says "untagged"; the reserved name cannot be claimed by a tag either.
    if (value && value !== UNALLOCATED && value.length <= TEAM_NAME_MAX_LENGTH)
      return { team: value, by: { defaultTag: rules.defaultFromTag } }
  }
  return { team: UNALLOCATED, by: 'unallocated' }
}

/** Throws TeamRulesError with the first problem, naming the rule by its position (1-based, as the form shows). */
export function validateTeamRules(rules: TeamRules): TeamRules {
  rules.rules.forEach((rule, index) => {
    const where = `rule ${index + 1}`
    const team = rule.team.trim()
    if (team === '') throw new TeamRulesError(`${where}: the team needs a name`)
    if (team !== rule.team) throw new TeamRulesError(`${where}: the team name "${rule.team}" has spaces around it`)
    if (team.length > TEAM_NAME_MAX_LENGTH)
      throw new TeamRulesError(`${where}: a team name has at most ${TEAM_NAME_MAX_LENGTH} characters`)
    if (team === UNALLOCATED) throw new TeamRulesError(`${where}: "${UNALLOCATED}" is the name of what no rule claims`)
    const values = Object.values(rule.match).flatMap((value) => (typeof value === 'string' ? [value] : [value.key]))
    if (values.some((value) => value.trim() === '')) throw new TeamRulesError(`${where}: the match needs a value`)
    const earlier = rules.rules
      .slice(0, index)
      .findIndex((other) => JSON.stringify(other.match) === JSON.stringify(rule.match))
    if (earlier >= 0) throw new TeamRulesError(`${where} can never match: rule ${earlier + 1} has the same condition`)
  })
  if (rules.defaultFromTag !== null && rules.defaultFromTag.trim() === '')
    throw new TeamRulesError('the default tag key is empty')
  return rules
}
