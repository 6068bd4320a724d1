// `npm run ingest` arguments: an inclusive window (both ends or neither) and optionally the sources.
import { parseArgs } from 'node:util'
import type { DayRange } from '@/lib/domain/ingest/plan-windows'
import { dateRange, isoDay } from '@/lib/schemas/common'
import { INGESTION_SOURCES, type IngestionSource } from '@/lib/schemas/ingestion'

export const INGEST_USAGE =
  'usage: npm run ingest -- [--from YYYY-MM-DD --to YYYY-MM-DD] [--sources costs,lambda,metrics,instances]'

export function parseIngestArgs(argv: string[], today: string): { window?: DayRange; sources?: IngestionSource[] } {
  const { values } = parseArgs({
    args: argv,
    options: { from: { type: 'string' }, to: { type: 'string' }, sources: { type: 'string' } },
    strict: true,
  })
  if ((values.from === undefined) !== (values.to === undefined))
    throw new Error(`Give both --from and --to (inclusive days), or neither for an incremental run.\n${INGEST_USAGE}`)
  let window: DayRange | undefined
  if (values.from !== undefined && values.to !== undefined) {
    // The API's own schemas: the same supported days and the same longest window.
    for (const [flag, value] of [
      ['--from', values.from],
      ['--to', values.to],
    ] as const) {
      const day = isoDay.safeParse(value)
      if (!day.success)
        throw new Error(`${flag} must be a date as YYYY-MM-DD, got "${value}": ${day.error.issues[0]!.message}.`)
    }
    if (values.from > values.to) throw new Error(`--from (${values.from}) is after --to (${values.to}).`)
    const range = dateRange().safeParse({ from: values.from, to: values.to })
    if (!range.success)
      throw new Error(
        `--from ${values.from} --to ${values.to}: ${range.error.issues.map((issue) => issue.message).join('; ')}.`,
      )
    if (values.to > today)
      throw new Error(`--to (${values.to}) is in the future; AWS has data through today (${today}, UTC) at most.`)
    window = { from: values.from, to: values.to }
  }
  let sources: IngestionSource[] | undefined
  if (values.sources !== undefined) {
    const names = values.sources
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
    const unknown = names.filter((name) => !(INGESTION_SOURCES as readonly string[]).includes(name))
    if (unknown.length || names.length === 0)
      throw new Error(
        `Unknown source(s) ${unknown.join(', ') || '(none given)'}; choose from ${INGESTION_SOURCES.join(', ')}.`,
      )
    sources = names as IngestionSource[]
  }
  return { window, sources }
}
