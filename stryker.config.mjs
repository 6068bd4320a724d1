// Mutation testing of lib/domain (npm run test:mutation, scripts/mutation.ts): Stryker changes the code one
// mutant at a time and checks that some unit test fails. The script runs one folder at a time with its own
// incremental file (mutation/<folder>.incremental.json), so a re-run only tests what changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Mutants that do not compile are not counted (Stryker reports them as CompileError).
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  coverageAnalysis: 'perTest',
  // Two cores shared with the rest of the machine.
  concurrency: 1,
  incremental: true,
  timeoutMS: 20_000,
  reporters: ['progress', 'clear-text'],
  clearTextReporter: { allowEmojis: false, reportTests: false, reportMutants: false },
  // The sandbox needs only the domain and the configuration its tests and the type check read.
  ignorePatterns: [
    '/*',
    '!/lib',
    '/lib/*',
    '!/lib/domain',
    '!/package.json',
    '!/tsconfig.json',
    '!/tsconfig.mutation.json',
    '!/mutation',
    '!/vitest.mutation.config.ts',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
