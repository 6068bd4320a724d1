// `npm run schedules` arguments: `run-due [--now <ISO 8601 instant>]`.
import { parseArgs } from 'node:util'

export const SCHEDULES_USAGE = 'usage: npm run schedules -- run-due [--now 2026-12-22T09:30:00+09:00]'

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/** The command and the instant it runs at (null: now). Throws with the usage on anything else. */
export function parseSchedulesArgs(argv: string[]): { command: 'run-due'; now: Date | null } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { now: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  })
  if (positionals.length !== 1 || positionals[0] !== 'run-due')
    throw new Error(`Unknown command ${positionals.join(' ') || '(none given)'}; ${SCHEDULES_USAGE}`)
  if (values.now === undefined) return { command: 'run-due', now: null }
  const instant = Date.parse(values.now)
  if (!INSTANT.test(values.now) || Number.isNaN(instant))
    throw new Error(
      `--now must be an ISO 8601 instant with its offset, such as 2026-12-22T09:30:00+09:00; got "${values.now}". ${SCHEDULES_USAGE}`,
    )
  return { command: 'run-due', now: new Date(instant) }
}
