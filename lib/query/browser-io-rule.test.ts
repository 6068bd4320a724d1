// The rule that keeps the browser's requests in lib/query: a component, page or hook that fetches or runs a
// mutation itself fails lint (eslint.config.mjs, `browserIoImports`, `browserIoGlobals`).
import { describe, expect, it } from 'vitest'
import { ruleMessages } from '@/scripts/lint/lint-snippet'

const problems = (filePath: string, code: string) =>
  ruleMessages(filePath, code, ['no-restricted-globals', 'no-restricted-imports'])

describe('browser requests outside lib/query', () => {
  it.each([
    [
      'a view posting with fetch',
      'app/(dashboard)/x/_components/v.tsx',
      "'use client'\nexport function save() { return fetch('/api/budgets', { method: 'POST' }) }",
    ],
    [
      'a view running its own mutation',
      'app/(dashboard)/x/_components/v.tsx',
      "'use client'\nimport { useMutation } from '@tanstack/react-query'\nexport const useSave = () => useMutation({ mutationFn: async () => null })",
    ],
    [
      'a view invalidating query keys itself',
      'app/(dashboard)/x/_components/v.tsx',
      "'use client'\nimport { useQueryClient } from '@tanstack/react-query'\nexport const useClient = () => useQueryClient()",
    ],
    ['a shared component fetching', 'components/ui/x.tsx', "export function load() { return fetch('/api/functions') }"],
    ['a hook fetching', 'lib/hooks/use-x.ts', 'export function load() { return new XMLHttpRequest() }'],
  ])(
    'fails lint: %s',
    async (_name, filePath, code) => {
      expect(await problems(filePath, code)).not.toEqual([])
    },
    30_000,
  )

  it('passes through lib/query', async () => {
    const code =
      "'use client'\nimport { useQuery } from '@tanstack/react-query'\nimport { budgetQueries, budgetWrites } from '@/lib/query/budgets'\nimport { useWrite } from '@/lib/query/use-write'\nexport function useBudgets() { return [useQuery(budgetQueries.all()), useWrite(budgetWrites.remove)] }"
    expect(await problems('app/(dashboard)/x/_components/v.tsx', code)).toEqual([])
  }, 30_000)
})
