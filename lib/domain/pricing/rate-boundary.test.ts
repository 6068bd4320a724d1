import { describe, expect, it } from 'vitest'
import { lintSnippet } from '@/scripts/lint/lint-snippet'

// The rule that only lib/domain/pricing reads rates (docs/architecture.md, "Pricing") lives in eslint.config.mjs;
// this proves it is wired for every kind of file, so removing or narrowing it fails here, not silently.
async function problems(filePath: string, code: string): Promise<string[]> {
  return (await lintSnippet(filePath, code)).map((message) => message.ruleId ?? message.message)
}

const RATE_IMPORTS = [
  "import { ratePlan } from '@/lib/domain/pricing/rate-plan'",
  "import { RATE_CARD } from '@/lib/domain/pricing/rate-card'",
  "import { RATE_CARD_2026_08_01 } from '@/lib/domain/pricing/rate-cards/2026-08-01'",
]

describe('only lib/domain/pricing reads rates', () => {
  it.each([
    'lib/domain/anomalies/probe.ts',
    'lib/domain/simulator/probe.test.ts',
    'lib/server/queries/probe.ts',
    'components/probe.tsx',
    'app/probe/page.tsx',
    'scripts/bench/probe.ts',
    'tests/integration/probe.test.ts',
  ])(
    '%s may not import the rate cards or the rate plan',
    async (file) => {
      for (const line of RATE_IMPORTS)
        expect(await problems(file, `${line}\nexport const used = [${line.split(' ')[2]}]\n`), line).toContain(
          'no-restricted-imports',
        )
    },
    // Three lints of a file type ESLint has not parsed yet: 35 s on a loaded 2-core machine.
    120_000,
  )

  it('a relative import from inside lib/domain is caught too', async () => {
    expect(
      await problems(
        'lib/domain/keep-warm/probe.ts',
        "import { ratePlan } from '../pricing/rate-plan'\nexport const used = ratePlan\n",
      ),
    ).toContain('no-restricted-imports')
  })

  it('lib/domain/pricing itself may', async () => {
    for (const line of RATE_IMPORTS)
      expect(
        await problems('lib/domain/pricing/probe.ts', `${line}\nexport const used = [${line.split(' ')[2]}]\n`),
        line,
      ).toEqual([])
  })

  it("rejects arithmetic on a line item's unit price outside pricing, and allows showing it", async () => {
    const code = (expression: string) =>
      `import type { LineItem } from '@/lib/domain/pricing/types'\nexport const f = (item: LineItem) => ${expression}\n`
    expect(await problems('lib/domain/demo/probe.ts', code('item.quantity.times(item.unitPriceUsd)'))).toContain(
      'no-restricted-syntax',
    )
    expect(await problems('lib/domain/demo/probe.ts', code('item.unitPriceUsd.toNumber() * 2'))).toContain(
      'no-restricted-syntax',
    )
    expect(await problems('lib/domain/demo/probe.ts', code('item.unitPriceUsd.toFixed()'))).toEqual([])
    expect(await problems('lib/domain/pricing/probe.ts', code('item.quantity.times(item.unitPriceUsd)'))).toEqual([])
  })
})
