import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import { noLiteralUiText } from './scripts/lint/no-literal-ui-text.mjs'
import { useClientBoundary } from './scripts/lint/use-client-boundary.mjs'

// The domain stays pure: no framework, database, AWS SDK or environment access (see docs/architecture.md).
const domainBoundary = {
  patterns: [
    {
      group: [
        'next',
        'next/*',
        'react',
        'react-dom',
        '@prisma/*',
        '@/generated/*',
        '@aws-sdk/*',
        'pg',
        '@/lib/server/*',
        '@/lib/aws/*',
        'node:*',
      ],
      message: 'lib/domain is pure: pass data in, keep I/O at the edges.',
    },
  ],
}
// Rates are read only inside lib/domain/pricing (docs/architecture.md, "Pricing"): the rate cards and the rate plan
// are imported nowhere else, and nothing else does arithmetic on a line item's unit price, so every amount comes
// from a pricer.
const rateBoundary = {
  group: ['**/pricing/rate-cards/*', '**/pricing/rate-card', '**/pricing/rate-plan'],
  message:
    'Rates are read only inside lib/domain/pricing: price with its pricers (priceLambdaUsage, estimateFunctionCost, listPricer, …).',
}
const noUnitPriceArithmetic = [
  'error',
  {
    selector:
      "CallExpression[callee.property.name=/^(times|mul|div|dividedBy|plus|add|minus|sub)$/] MemberExpression[property.name='unitPriceUsd']",
    message: "A line item's unitPriceUsd is for display: amounts come from lib/domain/pricing's pricers.",
  },
  {
    selector: "BinaryExpression[operator=/^[-+*\\/]$/] MemberExpression[property.name='unitPriceUsd']",
    message: "A line item's unitPriceUsd is for display: amounts come from lib/domain/pricing's pricers.",
  },
]
// The read side (lib/server/queries, lib/server/exports) and the stored records both sides share (lib/server/stored)
// never import the write side; the write side may import them (to answer with what it wrote).
const WRITE_SIDE = ['repositories', 'derived', 'ingest', 'imports', 'demo', 'budgets', 'alerts', 'anomalies', 'jobs']
const readSideBoundary = {
  group: WRITE_SIDE.flatMap((folder) => [`@/lib/server/${folder}/*`, `../${folder}/*`]),
  message: 'The read side does not import the write side: move what both need to lib/server/stored.',
}
// What may import what inside lib/domain (docs/architecture.md, "What may import what"): a function's configuration
// and history sit below pricing's callers, pricing below everything that prices, and keep-warm below the detectors
// that read its days. The lists name the folders each may not import.
const domainLayer = (folders, message) => ({ group: folders.map((folder) => `**/${folder}/**`), message })
const functionsLayer = domainLayer(
  ['anomalies', 'keep-warm', 'simulator', 'insights', 'demo', 'estimates'],
  "lib/domain/functions is a function's own model: the detectors, keep-warm, the simulator and the insights build on it, not the reverse.",
)
const keepWarmLayer = domainLayer(
  ['anomalies'],
  'keep-warm is below the anomaly detectors (they read its days): share helpers through lib/domain/functions.',
)
const pricingLayer = {
  group: [
    '**/anomalies/**',
    '**/keep-warm/**',
    '**/simulator/**',
    '**/insights/**',
    '**/demo/**',
    '**/estimates/**',
    '**/functions/*',
    '!**/functions/function-config',
  ],
  message:
    'lib/domain/pricing prices what it is given: it reads only the shape of a function configuration, never its callers.',
}
// Client code must not pull server modules (nor the OpenAPI document's text) into the browser bundle: components/
// and lib/query are client code by folder, a module in app/ by its 'use client' directive. Server modules also
// import 'server-only', which fails the build when a client module reaches one through another.
const SERVER_ONLY = ['@/lib/server/', '@/lib/aws/', '@/lib/openapi/', '@prisma/', '@/generated/', 'pg']
const CLIENT_MESSAGE = 'Server-only module imported from client code.'
const clientBoundary = {
  patterns: [
    {
      group: SERVER_ONLY.flatMap((entry) => (entry.endsWith('/') ? [`${entry}*`] : [entry, `${entry}/*`])),
      message: CLIENT_MESSAGE,
    },
  ],
}
// A page's URL is parsed in the browser too, so what parses it (lib/search-params, built on the lib/schemas/*-query.ts
// modules and common.ts) carries no API documentation: the parameters are described beside their operations.
const BROWSER_SCHEMAS_MESSAGE =
  "A page's URL schema is bundled for the browser: import only lib/schemas/*-query.ts and common.ts, which hold no documentation."
const documentedSchemas = (prefix) => ({
  group: [
    `${prefix}*`,
    `!${prefix}*-query`,
    `!${prefix}common`,
    `!${prefix}describe-zod-error`,
    `!${prefix}storable-text`,
  ],
  message: BROWSER_SCHEMAS_MESSAGE,
})
const noDocumentation = {
  selector: "Property[key.name='description']",
  message: 'Bundled for the browser: describe parameters beside their operation (queryDescriptions).',
}

// The browser talks to the API only through lib/query: reads with its queryOptions and fetchJson, writes declared
// once with defineWrite (the operation and the query keys it makes stale) and run by useWrite. Components and
// pages call neither fetch nor useMutation themselves.
const BROWSER_IO_MESSAGE =
  'Browser reads and writes go through lib/query (queryOptions and fetchJson; defineWrite, run by useWrite).'
const browserIoImports = {
  name: '@tanstack/react-query',
  importNames: ['useMutation', 'useQueryClient'],
  message: BROWSER_IO_MESSAGE,
}
const browserIoGlobals = [
  'error',
  { name: 'fetch', message: BROWSER_IO_MESSAGE },
  { name: 'XMLHttpRequest', message: BROWSER_IO_MESSAGE },
]

// Pages and route handlers read their URL only through their route's search-params module (lib/search-params),
// which validates it with the route's zod schema; the API reads it in lib/server/http/parse-request.ts.
const URL_MESSAGE = "Read URL parameters through the route's search-params module (lib/search-params), not by hand."
const urlReading = [
  {
    selector:
      'CallExpression[callee.property.name=/^(get|getAll|has)$/][callee.object.name=/[sS]earchParams$|^params$/]',
    message: URL_MESSAGE,
  },
  {
    selector: "CallExpression[callee.property.name=/^(get|getAll|has)$/][callee.object.property.name='searchParams']",
    message: URL_MESSAGE,
  },
  {
    selector: "MemberExpression[object.type='AwaitExpression'][object.argument.name='searchParams']",
    message: URL_MESSAGE,
  },
  {
    selector:
      "VariableDeclarator[id.type='ObjectPattern'][init.type='AwaitExpression'][init.argument.name='searchParams']",
    message: URL_MESSAGE,
  },
  { selector: 'NewExpression[callee.name=/^URL(SearchParams)?$/]', message: URL_MESSAGE },
  { selector: "MemberExpression[property.name='nextUrl']", message: URL_MESSAGE },
]
// Time comes from lib/server/clock.ts, which FINOPS_NOW pins for tests and the e2e server: nothing else reads the
// wall clock. Tests use fixed dates or the clock; a wait's hang limit is measured on performance.now()
// (tests/support/wait-until.ts).
const newDateOfNow = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0]",
  message: 'Ask lib/server/clock.ts for "now" (in tests: a fixed date, or clock.now()).',
}
const dateNow = {
  selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
  message: 'Ask lib/server/clock.ts for "now".',
}

// Components that speak both languages render no literal words (scripts/lint/no-literal-ui-text.mjs): their text
// comes from messages/<locale>.json. The rule is on for what has been converted; convert a folder, then add it here.
// UI_TERMS are the words that read the same in every language: product names, AWS terms, settings' names.
const TRANSLATED_UI = [
  'app/(dashboard)/error.tsx',
  'app/(dashboard)/layout.tsx',
  'app/(dashboard)/loading.tsx',
  'app/not-found.tsx',
  'app/(dashboard)/alerts/**/*.tsx',
  'app/(dashboard)/anomalies/**/*.tsx',
  'app/(dashboard)/ingestion/**/*.tsx',
  'app/(dashboard)/settings/**/*.tsx',
  'app/(dashboard)/simulator/**/*.tsx',
  'app/_components/**/*.tsx',
  'app/setup/**/*.tsx',
  'app/sign-in/**/*.tsx',
  'components/layout/**/*.tsx',
  'components/ui/**/*.tsx',
]
const UI_TERMS = [
  'Lambda FinOps',
  'AWS Lambda',
  'AWS',
  'Cost Explorer',
  'CloudWatch',
  'Lambda',
  'STS',
  'AWS_REGION',
  'AWS_PROFILE',
  'FINOPS_AWS_MEMBER_ROLE_NAME',
  'USD',
  'KRW',
  'KST',
  'UTC',
  'SHA-256',
]

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'generated/**',
      '.data/**',
      '.stryker-tmp/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { process: 'readonly', setInterval: 'readonly', require: 'readonly', module: 'writable' },
    },
  },
  // Later entries replace an earlier no-restricted-imports for the files they match, so each repeats the rate boundary.
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['lib/domain/pricing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [rateBoundary] }],
      'no-restricted-syntax': noUnitPriceArithmetic,
    },
  },
  {
    files: ['lib/domain/**/*.ts'],
    ignores: ['lib/domain/**/*.test.ts', 'lib/domain/pricing/**', 'lib/domain/functions/**', 'lib/domain/keep-warm/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...domainBoundary.patterns, rateBoundary] }],
      'no-restricted-globals': ['error', 'process', 'fetch'],
    },
  },
  {
    files: ['lib/domain/functions/**/*.ts'],
    ignores: ['lib/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...domainBoundary.patterns, rateBoundary, functionsLayer] }],
      'no-restricted-globals': ['error', 'process', 'fetch'],
    },
  },
  {
    files: ['lib/domain/keep-warm/**/*.ts'],
    ignores: ['lib/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...domainBoundary.patterns, rateBoundary, keepWarmLayer] }],
      'no-restricted-globals': ['error', 'process', 'fetch'],
    },
  },
  {
    files: ['lib/domain/pricing/**/*.ts'],
    ignores: ['lib/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...domainBoundary.patterns, pricingLayer] }],
      'no-restricted-globals': ['error', 'process', 'fetch'],
    },
  },
  {
    files: ['lib/query/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...clientBoundary.patterns, rateBoundary] }] },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'lib/hooks/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...clientBoundary.patterns, rateBoundary], paths: [browserIoImports] },
      ],
      'no-restricted-globals': browserIoGlobals,
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/api/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [rateBoundary], paths: [browserIoImports] }],
      'no-restricted-globals': browserIoGlobals,
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    plugins: { finops: { rules: { 'use-client-boundary': useClientBoundary, 'no-literal-ui-text': noLiteralUiText } } },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: { 'finops/use-client-boundary': ['error', { forbidden: SERVER_ONLY, message: CLIENT_MESSAGE }] },
  },
  { files: TRANSLATED_UI, rules: { 'finops/no-literal-ui-text': ['error', { allow: UI_TERMS }] } },
  {
    files: ['lib/server/{queries,exports,stored}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [readSideBoundary, rateBoundary] }] },
  },
  {
    files: ['lib/search-params/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...clientBoundary.patterns, rateBoundary, documentedSchemas('@/lib/schemas/')] },
      ],
    },
  },
  // A later no-restricted-syntax replaces an earlier one: each entry repeats the rules that apply to its files.
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': [...noUnitPriceArithmetic, ...urlReading, newDateOfNow, dateNow] },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'lib/**/*.ts', 'instrumentation.ts', 'scripts/*.ts', 'scripts/lib/**/*.ts'],
    ignores: ['lib/domain/pricing/**'],
    rules: { 'no-restricted-syntax': [...noUnitPriceArithmetic, newDateOfNow, dateNow] },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'e2e/**/*.ts'],
    ignores: ['lib/domain/pricing/**'],
    rules: { 'no-restricted-syntax': [...noUnitPriceArithmetic, newDateOfNow, dateNow] },
  },
  { files: ['lib/domain/pricing/**/*.ts'], rules: { 'no-restricted-syntax': ['error', newDateOfNow, dateNow] } },
  // After the entry for lib/**, which it would otherwise lose its own rule to.
  {
    files: ['lib/schemas/*-query.ts', 'lib/schemas/common.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...clientBoundary.patterns, rateBoundary, documentedSchemas('./')] },
      ],
      'no-restricted-syntax': [...noUnitPriceArithmetic, noDocumentation, newDateOfNow, dateNow],
    },
  },
)
