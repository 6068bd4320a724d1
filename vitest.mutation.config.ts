// The unit tests of lib/domain as one flat project, for mutation testing (stryker.config.mjs): Stryker's vitest
// runner cannot pick a project out of vitest.config.ts.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: { include: ['lib/domain/**/*.test.ts'], environment: 'node' },
})
