// The rule that keeps the API's documentation out of the browser: what parses a page's URL (lib/search-params and
// the lib/schemas/*-query.ts modules it builds on) imports no schema module that holds descriptions or operations,
// and holds none itself (eslint.config.mjs, `documentedSchemas`, `noDocumentation`). e2e/client-bundle.spec.ts
// checks the scripts a browser receives.
import { describe, expect, it } from 'vitest'
import { ruleMessages } from '@/scripts/lint/lint-snippet'

const problems = (filePath: string, code: string) =>
  ruleMessages(filePath, code, ['no-restricted-syntax', 'no-restricted-imports'])

describe('documentation bundled for the browser', () => {
  it.each([
    [
      'a search-params module built on a documented schema module',
      'lib/search-params/x.ts',
      "import { costsOperations } from '@/lib/schemas/costs'\nexport const x = costsOperations",
    ],
    [
      'a query module importing one',
      'lib/schemas/x-query.ts',
      "import { anomalyDto } from './anomalies'\nexport const x = anomalyDto",
    ],
    [
      'a query module describing a parameter',
      'lib/schemas/x-query.ts',
      "import { z } from 'zod'\nexport const xQuery = z.object({ month: z.string().meta({ description: 'The month.' }) })",
    ],
    [
      'a shared piece describing itself',
      'lib/schemas/common.ts',
      "import { z } from 'zod'\nexport const day = z.string().meta({ description: 'A day.' })",
    ],
  ])(
    'fails lint: %s',
    async (_name, filePath, code) => {
      expect(await problems(filePath, code)).not.toEqual([])
    },
    30_000,
  )

  it('passes for a search-params module built on its query module', async () => {
    const code =
      "import { overviewQuery } from '@/lib/schemas/overview-query'\nimport { isoDay } from '@/lib/schemas/common'\nimport { defineSearchParams } from './define-search-params'\nexport const x = [defineSearchParams(overviewQuery), isoDay]"
    expect(await problems('lib/search-params/x.ts', code)).toEqual([])
  }, 30_000)
})
