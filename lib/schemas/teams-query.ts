// The Teams route's URL (parsed in the browser too, so no documentation here: see ./teams.ts).
import { z } from 'zod'
import { TEAM_NAME_MAX_LENGTH } from '@/lib/domain/teams/team-rules'
import { isoMonth } from './common'

export const teamsShowbackQuery = z.object({ month: isoMonth.optional() })

/** The page also remembers the team a lead picked. */
export const teamsPageQuery = teamsShowbackQuery.extend({
  team: z.string().min(1).max(TEAM_NAME_MAX_LENGTH).optional(),
})
