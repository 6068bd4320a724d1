import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, it } from 'vitest'
import { useClientBoundary } from './use-client-boundary.mjs'

RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

const options = [{ forbidden: ['@/lib/server/', '@/lib/openapi/', 'pg'], message: 'server only' }]
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } })

tester.run('use-client-boundary', useClientBoundary, {
  valid: [
    // A server component (no directive) may import the server.
    { code: "import { db } from '@/lib/server/db/prisma'", options },
    // The directive must lead the module: a string later on is not one.
    { code: "import { db } from '@/lib/server/db/prisma'\n'use client'", options },
    { code: "'use client'\nimport { useQuery } from '@tanstack/react-query'\nimport pgBoss from 'pg-boss'", options },
  ],
  invalid: [
    {
      code: "'use client'\nimport { db } from '@/lib/server/db/prisma'",
      options,
      errors: [{ messageId: 'forbidden' }],
    },
    {
      code: "'use strict'\n'use client'\nimport type { Pool } from 'pg'\nexport { openApiDocument } from '@/lib/openapi/document'",
      options,
      errors: [{ messageId: 'forbidden' }, { messageId: 'forbidden' }],
    },
    {
      code: "'use client'\nimport Cursor from 'pg/lib/cursor'\nconst lazy = () => import('@/lib/server/queries/get-overview')",
      options,
      errors: [{ messageId: 'forbidden' }, { messageId: 'forbidden' }],
    },
  ],
})
