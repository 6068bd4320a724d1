import { describe, expect, it } from 'vitest'
import { ruleMessages } from '@/scripts/lint/lint-snippet'

// What may import what inside lib/domain (docs/architecture.md) is enforced by ESLint; this proves the rules are
// wired, so dropping one fails here rather than letting an import loop back in.
// Each case is the import statement itself: the path alone would read as a path leaving the clone.
async function restricted(filePath: string, statement: string): Promise<boolean> {
  return (
    (await ruleMessages(filePath, `${statement}\nexport const used = imported\n`, ['no-restricted-imports'])).length > 0
  )
}

describe('what may import what in lib/domain', () => {
  it.each([
    ['lib/domain/keep-warm/probe.ts', "import * as imported from '@/lib/domain/anomalies/types'"],
    ['lib/domain/keep-warm/probe.ts', "import * as imported from '../anomalies/baselines'"],
    ['lib/domain/functions/probe.ts', "import * as imported from '@/lib/domain/anomalies/types'"],
    ['lib/domain/functions/probe.ts', "import * as imported from '@/lib/domain/keep-warm/keep-warm-days'"],
    ['lib/domain/functions/probe.ts', "import * as imported from '@/lib/domain/simulator/simulate'"],
    ['lib/domain/pricing/probe.ts', "import * as imported from '../anomalies/types'"],
    ['lib/domain/pricing/probe.ts', "import * as imported from '../simulator/types'"],
    ['lib/domain/pricing/probe.ts', "import * as imported from '../functions/timeline'"],
  ])(
    '%s: %s is refused',
    async (file, statement) => {
      expect(await restricted(file, statement)).toBe(true)
    },
    30_000,
  )

  it.each([
    ['lib/domain/keep-warm/probe.ts', "import * as imported from '@/lib/domain/functions/timeline'"],
    ['lib/domain/anomalies/probe.ts', "import * as imported from '@/lib/domain/keep-warm/keep-warm-days'"],
    ['lib/domain/functions/probe.ts', "import * as imported from '@/lib/domain/pricing/bucket-cost'"],
    ['lib/domain/pricing/probe.ts', "import * as imported from '../functions/function-config'"],
  ])(
    '%s: %s is allowed',
    async (file, statement) => {
      expect(await restricted(file, statement)).toBe(false)
    },
    30_000,
  )
})
