import type { MutantResult } from '@stryker-mutator/api/core'
import { describe, expect, it } from 'vitest'
import { describeSurvivor, percentOf, scoreMutants } from './mutation-score'

let id = 0
function mutant(file: string, status: MutantResult['status'], extra: Partial<MutantResult> = {}): MutantResult {
  id += 1
  return {
    id: String(id),
    fileName: `/repo/lib/domain/${file}`,
    mutatorName: 'EqualityOperator',
    replacement: 'a >= b',
    location: { start: { line: id, column: 3 }, end: { line: id, column: 9 } },
    status,
    static: false,
    testsCompleted: 2,
    ...extra,
  }
}

describe('scoreMutants', () => {
  it('counts killed and timed-out mutants over those that compile, per file and for the folder', () => {
    const score = scoreMutants('anomalies', [
      mutant('anomalies/a.ts', 'Killed'),
      mutant('anomalies/a.ts', 'Timeout'),
      mutant('anomalies/a.ts', 'Survived'),
      mutant('anomalies/a.ts', 'CompileError'),
      mutant('anomalies/b.ts', 'NoCoverage'),
      mutant('anomalies/b.ts', 'Killed'),
      mutant('anomalies/b.ts', 'RuntimeError'),
      mutant('anomalies/b.ts', 'Ignored'),
    ])
    // 3 of the 5 mutants that compile and run: a.ts 2 of 3, b.ts 1 of 2.
    expect(score.percent).toBe(60)
    expect(score.files.map((file) => [file.file, file.percent])).toEqual([
      ['anomalies/a.ts', (2 / 3) * 100],
      ['anomalies/b.ts', 50],
    ])
    expect(score.counts).toEqual({ killed: 2, failedImport: 0, timeout: 1, survived: 1, noCoverage: 1, invalid: 3 })
    expect(score.survivors).toHaveLength(2)
  })

  it('counts a static mutant that survived with no test run (its module failed to import) as killed, apart', () => {
    const score = scoreMutants('insights', [
      mutant('insights/c.ts', 'Survived', { static: true, testsCompleted: 0 }),
      mutant('insights/c.ts', 'Survived', { static: true, testsCompleted: 4 }),
    ])
    expect(score.counts).toMatchObject({ failedImport: 1, survived: 1 })
    expect(score.percent).toBe(50)
    expect(score.survivors).toEqual([expect.stringMatching(/^insights\/c\.ts:\d+:3 /)])
  })

  it('has no score when nothing compiled', () => {
    expect(percentOf({ killed: 0, failedImport: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 4 })).toBeNull()
  })

  it('names a survivor by file, position, mutator and replacement', () => {
    expect(
      describeSurvivor(
        mutant('pricing/x.ts', 'Survived', {
          location: { start: { line: 12, column: 7 }, end: { line: 12, column: 9 } },
          replacement: 'usd >\n  100',
        }),
      ),
    ).toBe('pricing/x.ts:12:7 EqualityOperator: usd > 100 (Survived)')
  })
})
