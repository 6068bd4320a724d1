// Which configuration of a function's history applied to a period: the one in force just before the period ends,
// so a deploy during an hour or a day counts for that whole hour or day.
import { type IsoDay, addDaysTo } from '@/lib/domain/calendar'

/**
 * The configuration in force just before `instant` (ISO timestamp), from a history ordered oldest first. Before
 * the first snapshot there is none, unless `beforeFirst` is 'first': the detectors judge metrics fetched for
 * months before the function was first listed with its first configuration.
 */
export function configBefore<C extends { validFrom: string }>(
  configs: readonly C[],
  instant: string,
  beforeFirst: 'none' | 'first',
): C | null {
  let current: C | null = beforeFirst === 'first' ? (configs[0] ?? null) : null
  for (const config of configs) if (config.validFrom < instant) current = config
  return current
}

/** The configuration in force at the end of `day`. */
export function configOnDay<C extends { validFrom: string }>(
  configs: readonly C[],
  day: IsoDay,
  beforeFirst: 'none' | 'first',
): C | null {
  return configBefore(configs, `${addDaysTo(day, 1)}T00:00:00.000Z`, beforeFirst)
}
