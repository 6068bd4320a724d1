// The demo's teams: each function carries a `team` tag (the sandboxes and a one-off script none, so the
// unallocated bucket has something real in it), search-api moves from platform to recsys ten days ago (its past
// stays with platform), compute and databases belong to platform by rule, and the NAT gateway and EBS lines
// ("EC2 - Other") are a pool shared in proportion to the teams' direct cost.
import type { SharedPool } from '../teams/allocate-costs'
import type { TeamRule } from '../teams/team-rules'
import type { FunctionSpec } from './scenario-types'

const TEAM_OF: Record<string, string> = {
  'metadata-api': 'recsys',
  'recommender-embed-user': 'recsys',
  'recommender-embed-item': 'recsys',
  'search-api': 'platform',
  'orders-api': 'commerce',
  'checkout-api': 'commerce',
  'billing-export': 'commerce',
  'notification-sender': 'commerce',
  'nightly-tenant-report': 'commerce',
  'image-resizer': 'media',
  'thumbnail-generator': 'media',
  'pdf-renderer': 'media',
  's3-virus-scan': 'media',
  'cloudfront-log-parser': 'media',
}

/** search-api's new team from ten days ago. */
export const DEMO_RETAG = { name: 'search-api', daysAgo: 10, team: 'recsys' } as const

/** The function with its `team` tag: a known team, its production twin's for `dev-…`, platform for the rest; none for sandboxes. */
export function withDemoTeamTag(spec: FunctionSpec): FunctionSpec {
  if (spec.name.startsWith('sandbox-') || spec.name.startsWith('tmp-')) return spec
  const team = TEAM_OF[spec.name.replace(/^dev-/, '')] ?? 'platform'
  const retags =
    spec.name === DEMO_RETAG.name
      ? [{ at: { daysAgo: DEMO_RETAG.daysAgo }, tags: { team: DEMO_RETAG.team, env: 'production' } }]
      : []
  return { ...spec, tags: { team, env: spec.name.startsWith('dev-') ? 'development' : 'production' }, retags }
}

export const DEMO_TEAM_SETTINGS: { rules: TeamRule[]; defaultFromTag: string | null; sharedPools: SharedPool[] } = {
  rules: [
    { team: 'platform', match: { service: 'Amazon Elastic Compute Cloud - Compute' } },
    { team: 'commerce', match: { service: 'Amazon Relational Database Service' } },
  ],
  defaultFromTag: 'team',
  sharedPools: [
    { name: 'Shared network and storage', match: { service: 'EC2 - Other' }, split: { method: 'proportional' } },
  ],
}
