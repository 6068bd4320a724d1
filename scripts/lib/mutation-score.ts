// A folder's mutation score as the targets count it: killed or timed-out mutants over every mutant that
// compiles and runs (survivors and mutants no test reaches count against it; compile and runtime errors and
// ignored mutants do not count).
// One correction: Stryker 9.6.1's vitest runner reports a static mutant that makes its module throw on import
// (a rate written as "" read at load) as Survived with no test run, because vitest lists a test file that
// fails to import as a failed file with no tests. `vitest run` fails on it, so it counts as killed, apart.
import type { MutantResult } from '@stryker-mutator/api/core'

export type Counts = {
  killed: number
  failedImport: number
  timeout: number
  survived: number
  noCoverage: number
  invalid: number
}
export type FileScore = { file: string; counts: Counts; percent: number | null }
export type FolderScore = {
  folder: string
  files: FileScore[]
  counts: Counts
  percent: number | null
  survivors: string[]
}

const empty = (): Counts => ({ killed: 0, failedImport: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0 })

type Scored = Pick<MutantResult, 'status' | 'static' | 'testsCompleted'>

export function failedImport(mutant: Scored): boolean {
  return mutant.status === 'Survived' && mutant.static === true && mutant.testsCompleted === 0
}

function add(counts: Counts, mutant: Scored): void {
  const status = mutant.status
  if (failedImport(mutant)) counts.failedImport += 1
  else if (status === 'Killed') counts.killed += 1
  else if (status === 'Timeout') counts.timeout += 1
  else if (status === 'Survived') counts.survived += 1
  else if (status === 'NoCoverage') counts.noCoverage += 1
  else counts.invalid += 1
}

/** null when no mutant compiled. */
export function percentOf(counts: Counts): number | null {
  const detected = counts.killed + counts.failedImport + counts.timeout
  const valid = detected + counts.survived + counts.noCoverage
  return valid === 0 ? null : (detected / valid) * 100
}

/** "anomalies/severity.ts:12:7 EqualityOperator: usd > 100 (Survived)", in file and position order. */
export function describeSurvivor(
  mutant: Pick<MutantResult, 'fileName' | 'location' | 'mutatorName' | 'replacement' | 'status'>,
  root = 'lib/domain/',
): string {
  const file = mutant.fileName.replaceAll('\\', '/').split(root).at(-1)
  const replacement = mutant.replacement.replace(/\s+/g, ' ').slice(0, 100)
  return `${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName}: ${replacement} (${mutant.status})`
}

export function scoreMutants(folder: string, results: readonly MutantResult[]): FolderScore {
  const byFile = new Map<string, Counts>()
  const total = empty()
  const survivors: MutantResult[] = []
  for (const mutant of results) {
    const file = mutant.fileName.replaceAll('\\', '/').split('lib/domain/').at(-1)!
    const counts = byFile.get(file) ?? empty()
    add(counts, mutant)
    add(total, mutant)
    byFile.set(file, counts)
    if ((mutant.status === 'Survived' && !failedImport(mutant)) || mutant.status === 'NoCoverage')
      survivors.push(mutant)
  }
  survivors.sort(
    (a, b) =>
      a.fileName.localeCompare(b.fileName) ||
      a.location.start.line - b.location.start.line ||
      a.location.start.column - b.location.start.column,
  )
  const files = [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, counts]) => ({ file, counts, percent: percentOf(counts) }))
  return {
    folder,
    files,
    counts: total,
    percent: percentOf(total),
    survivors: survivors.map((mutant) => describeSurvivor(mutant)),
  }
}
