// `npm run test:mutation [-- <folder>…]`: mutation testing of lib/domain, one folder at a time (the files
// directly in lib/domain/<folder>; name a subfolder as `anomalies/benchmark`). Each folder keeps its own
// committed incremental file (mutation/<folder>.incremental.json), so a re-run tests only the mutants whose code
// or covering tests changed. Prints each file's and the folder's score over the mutants that compile, lists the
// survivors, and fails when a folder is under its target. Too slow for `npm test` on two cores; run it when the
// domain changes and commit the incremental files and docs/mutation-report.md with the code.
// `-- <folder> --files=a.ts,b.ts` mutates only those files of one folder (its score then covers only them): a first
// run of a large folder on a busy machine can be made in steps, each naming the files of the steps before and more,
// since each run's incremental file keeps only the mutants it ran.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Stryker } from '@stryker-mutator/core'
import { type FolderScore, scoreMutants } from './lib/mutation-score'

/** Minimum mutation score (%) per folder, over mutants that compile. */
const TARGETS: Record<string, number> = { pricing: 90, anomalies: 85, insights: 90 }
const DEFAULT_FOLDERS = ['insights', 'anomalies', 'pricing']

const args = process.argv.slice(2)
const force = args.includes('--force')
const only = args
  .find((arg) => arg.startsWith('--files='))
  ?.slice('--files='.length)
  .split(',')
  .filter(Boolean)
const folders = args.filter((arg) => !arg.startsWith('--'))
const chosen = folders.length ? folders : DEFAULT_FOLDERS
if (only && chosen.length !== 1) {
  console.error('--files names files of one folder: name that folder too.')
  process.exit(2)
}
for (const folder of chosen) {
  if (!/^[a-z-]+(\/[a-z-]+)*$/.test(folder) || !existsSync(path.join('lib/domain', folder))) {
    console.error(`No folder lib/domain/${folder}. Folders with a target: ${Object.keys(TARGETS).join(', ')}.`)
    process.exit(2)
  }
}

mkdirSync('mutation', { recursive: true })
const scores: FolderScore[] = []
for (const folder of chosen) {
  console.log(`\n=== mutation testing lib/domain/${folder}`)
  const incrementalFile = `mutation/${folder.replaceAll('/', '-')}.incremental.json`
  forgetStaticSurvivors(incrementalFile)
  const results = await new Stryker({
    configFile: 'stryker.config.mjs',
    tsconfigFile: folderTsconfig(folder),
    mutate: only
      ? only.map((file) => `lib/domain/${folder}/${file}`)
      : [`lib/domain/${folder}/*.ts`, `!lib/domain/${folder}/*.test.ts`],
    incrementalFile,
    force,
  }).runMutationTest()
  withoutMachinePath(incrementalFile)
  const score = scoreMutants(folder, results)
  scores.push(score)
  printFolder(score)
}

console.log('\n=== mutation scores (killed or timed out / mutants that compile)')
let failed = false
for (const score of scores) {
  const target = TARGETS[score.folder]
  const below = target !== undefined && score.percent !== null && score.percent < target
  failed ||= below
  console.log(
    `${below ? '✗' : '✓'} lib/domain/${score.folder}${only ? ` (${only.join(', ')} only)` : ''}: ${percent(score.percent)}${target !== undefined ? ` (target ${target}%)` : ''}, ${score.survivors.length} survivors`,
  )
}
process.exit(failed ? 1 : 0)

/**
 * A static mutant (in code run when its module loads) has no covering tests, so Stryker's incremental mode reuses
 * its Survived result however the tests change: a survivor that a new test kills would be reported for ever.
 * They are few; they are tested again on every run.
 */
function forgetStaticSurvivors(file: string) {
  if (!existsSync(file)) return
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    files: Record<string, { mutants: { static?: boolean; status: string }[] }>
  }
  for (const entry of Object.values(report.files))
    entry.mutants = entry.mutants.filter(
      (mutant) => !(mutant.static && (mutant.status === 'Survived' || mutant.status === 'NoCoverage')),
    )
  writeFileSync(file, JSON.stringify(report))
}

/**
 * The type check of each mutant covers the folder's code and what it imports, not all of lib/domain nor the tests:
 * the checker's work per mutant grows with its program (for insights, ten times the test runner's CPU with the
 * whole domain, four times with the folder and its imports, and each test file that imports a mutated module is
 * checked again). A mutant that compiles here but breaks a caller in another folder or a test's types is run by the
 * tests (vitest does not type-check), so it counts against the score rather than for it. Node's types are named:
 * TypeScript 6 no longer loads every @types package.
 */
function folderTsconfig(folder: string): string {
  const file = `mutation/${folder.replaceAll('/', '-')}.tsconfig.json`
  writeFileSync(
    file,
    `${JSON.stringify({ extends: '../tsconfig.mutation.json', compilerOptions: { types: ['node'] }, include: [`../lib/domain/${folder}/**/*.ts`], exclude: ['../**/*.test.ts'] }, null, 2)}\n`,
  )
  return file
}

/** Stryker writes the absolute path of the clone it ran in; the committed file must not depend on one machine. */
function withoutMachinePath(file: string) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as { projectRoot?: string }
  report.projectRoot = '.'
  writeFileSync(file, JSON.stringify(report))
}

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(2)}%`
}

function printFolder(score: FolderScore) {
  const columns = ['killed', 'failed-import', 'timeout', 'survived', 'no-cov', 'invalid'] as const
  const keys = ['killed', 'failedImport', 'timeout', 'survived', 'noCoverage', 'invalid'] as const
  console.log(`\n${'file'.padEnd(44)} ${'score'.padStart(8)}  ${columns.join('  ')}`)
  for (const { file, counts, percent: value } of [
    ...score.files,
    { file: 'all', counts: score.counts, percent: score.percent },
  ]) {
    console.log(
      `${file.padEnd(44)} ${percent(value).padStart(8)}  ${keys.map((key, index) => String(counts[key]).padStart(columns[index]!.length)).join('  ')}`,
    )
  }
  if (score.survivors.length) console.log(`\nSurvivors in lib/domain/${score.folder}:`)
  for (const survivor of score.survivors) console.log(`  ${survivor}`)
}
