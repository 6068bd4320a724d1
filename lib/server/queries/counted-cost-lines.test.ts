import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { COUNTED_COST_LINES, OUTRANKED } from './counted-cost-lines'

// Places that read cost_line_item itself, and why they may: none of them sums amounts for a view.
const READS_THE_TABLE: Record<string, string> = {
  'lib/server/queries/counted-cost-lines.ts': 'the rule itself',
  'lib/server/queries/get-overview.ts': 'the first and last day with any data (getDataBounds), not a sum',
  'lib/server/queries/get-data-through.ts': 'the last day with any data',
  'lib/server/queries/get-reconciliation.ts':
    'the last month with Lambda lines, for the default range; its sums read the counted lines',
  'lib/server/repositories/replace-cost-line-items.ts': 'Cost Explorer replacing its own lines',
  'lib/server/imports/merge-cost-file-lines.ts': 'an import replacing its own sums',
  'lib/server/ingest/ingest-costs.ts': "Cost Explorer's own lines, to replace them",
  'lib/server/ingest/plan-ingestion.ts': "Cost Explorer's own lines, to plan what to fetch",
  'lib/server/stored/cost-explorer-spend.ts': 'accounts Cost Explorer reported, to estimate requests',
  'lib/server/ingest/ingest-function-configs.ts': 'regions with Lambda lines, to read functions in',
  'lib/server/ingest/ingest-servers.ts': 'regions with EC2 or RDS lines, to list servers in',
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) return sources(full)
    return /\.tsx?$/.test(entry) && !entry.endsWith('.test.ts') ? [full] : []
  })
}

describe('the cost lines that count', () => {
  it('are what every query outside the known few reads, so that no day is summed from two sources', () => {
    const direct = ['lib', 'app', 'scripts']
      .flatMap(sources)
      // In SQL, or through Prisma's model (a groupBy or aggregate would sum every source).
      .filter((file) => /\b(FROM|JOIN)\s+"?cost_line_item"?\b|\.costLineItem\s*\./i.test(readFileSync(file, 'utf8')))
      .map((file) => file.split(path.sep).join('/'))
    expect(direct.filter((file) => !(file in READS_THE_TABLE) && !file.startsWith('scripts/bench/'))).toEqual([])
  })

  it('rank each source after the ones before it, in one statement', () => {
    expect(OUTRANKED).toContain("WHEN 'cur' THEN ARRAY['cost_explorer', 'demo']::text[]")
    expect(OUTRANKED).toContain("WHEN 'focus' THEN ARRAY['cost_explorer', 'demo', 'cur']::text[]")
    expect(COUNTED_COST_LINES).toBe(
      `(SELECT c.* FROM cost_line_item c WHERE c.source = 'cost_explorer' OR NOT ${OUTRANKED})`,
    )
  })
})
