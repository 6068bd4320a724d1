// The unit tests of lib/domain as one flat project, for mutation testing (stryker.config.mjs): Stryker's vitest
// runner cannot pick a project out of vitest.config.ts.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  // The unit project's limit (vitest.config.ts): the slow demo-data tests exceed 5 s on a busy machine, and a
  // test that fails in Stryker's first run stops the whole run.
  test: { include: ['lib/domain/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
})
