// Where cost lines come from, and the one rule for which source counts when several cover the same account and
// day. Every source keeps its own lines (an imported file never overwrites or deletes Cost Explorer's); readers
// count, per account and day, only the lines of the first source in this order that has any, so no day is
// counted twice. Cost Explorer comes first: every run refreshes it and AWS restates it there; the demo stands in
// for it; CUR 2.0 carries more detail than FOCUS where both were imported.
export const COST_SOURCES = ['cost_explorer', 'demo', 'cur', 'focus'] as const

export type CostSource = (typeof COST_SOURCES)[number]

export const COST_SOURCE_NAMES: Record<CostSource, string> = {
  cost_explorer: 'Cost Explorer',
  demo: 'the demo data',
  cur: 'CUR 2.0 files',
  focus: 'FOCUS files',
}

/** The sources whose lines, when an account's day has any, make `source`'s lines for that day not count. */
export function sourcesBefore(source: CostSource): CostSource[] {
  return COST_SOURCES.slice(0, COST_SOURCES.indexOf(source))
}

/** The rule in one sentence, as the Ingestion page states it. */
export function precedenceSentence(): string {
  const [first, ...rest] = COST_SOURCES.filter((source) => source !== 'demo').map((source) => COST_SOURCE_NAMES[source])
  return (
    `When several sources have costs for the same account and day, only one counts: ${first}, else ${rest.join(', else ')}. ` +
    "The others' lines are kept, not added, so nothing is counted twice."
  )
}
