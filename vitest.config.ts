import { defineConfig } from 'vitest/config'

// Server modules start with `import 'server-only'`, which Next turns into a build error in client code and into nothing
// on the server; outside Next it would throw, so tests (like tsx, through tsconfig.json's paths) take its empty module.
const alias = { '@': import.meta.dirname, 'server-only': `${import.meta.dirname}/node_modules/server-only/empty.js` }
// No test reads the wall clock: the server's clock starts at TEST_NOW in every test process.
const setupFiles = ['tests/support/pin-test-clock.ts']

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          // Tests assert results, never speed (benchmarks measure that): a generous limit keeps a test that
          // takes 3 s alone from failing at 5 s on a busy 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          globalSetup: ['tests/integration/global-setup.ts'],
          // The key that seals webhook URLs (lib/server/secrets): fixed, so no test writes one into .data/.
          env: { FINOPS_SECRET_KEY: Buffer.alloc(32, 'integration tests').toString('base64') },
          // Each file gets its own database cloned from a migrated template, so files may run in parallel.
          // An ingestion test that takes 20 s alone takes over a minute on a busy 2-core machine: the limit
          // only catches a hang.
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'lifecycle',
          include: ['tests/lifecycle/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          // Runs the real launcher against the production build, one start at a time.
          fileParallelism: false,
          testTimeout: 180_000,
        },
      },
    ],
  },
})
