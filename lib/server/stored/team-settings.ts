// The team rules in force, kept as one document in app_setting (the rules are ordered and replaced as a whole,
// as the admin edits them on one form). Before anyone wrote rules, nothing is placed: every cost is unallocated.
import 'server-only'
import type { SharedPool } from '@/lib/domain/teams/allocate-costs'
import { validateSharedSplit } from '@/lib/domain/teams/split-shared'
import { type TeamRules, validateTeamRules } from '@/lib/domain/teams/team-rules'
import { type TeamSettings, teamSettings } from '@/lib/schemas/teams'
import type { Db } from '@/lib/server/db/prisma'

export const TEAM_SETTINGS_KEY = 'team-rules'

export const NO_TEAM_SETTINGS: TeamSettings = { rules: [], defaultFromTag: null, sharedPools: [] }

type SettingsDb = Pick<Db, 'appSetting'>

export async function readTeamSettings(db: SettingsDb): Promise<TeamSettings> {
  const row = await db.appSetting.findUnique({ where: { key: TEAM_SETTINGS_KEY } })
  return row ? teamSettings.parse(row.value) : NO_TEAM_SETTINGS
}

/** Checks the rules as a whole (TeamRulesError names the rule) and stores them. */
export async function writeTeamSettings(db: SettingsDb, settings: TeamSettings): Promise<TeamSettings> {
  checkTeamSettings(settings)
  await db.appSetting.upsert({
    where: { key: TEAM_SETTINGS_KEY },
    create: { key: TEAM_SETTINGS_KEY, value: settings },
    update: { value: settings },
  })
  return settings
}

/** Stores the rules only where none were written yet (the demo's, which must never replace an admin's). */
export async function writeTeamSettingsIfMissing(db: SettingsDb, settings: TeamSettings): Promise<void> {
  checkTeamSettings(settings)
  await db.appSetting.upsert({
    where: { key: TEAM_SETTINGS_KEY },
    create: { key: TEAM_SETTINGS_KEY, value: settings },
    update: {},
  })
}

export function checkTeamSettings(settings: TeamSettings): void {
  validateTeamRules(teamRulesOf(settings))
  for (const pool of settings.sharedPools) validateSharedSplit(pool.split)
}

export function teamRulesOf(settings: TeamSettings): TeamRules {
  return { rules: settings.rules, defaultFromTag: settings.defaultFromTag }
}

export function sharedPoolsOf(settings: TeamSettings): SharedPool[] {
  return settings.sharedPools
}
