// The rule that keeps URL reading in the search-params modules: a page or route handler that reads its URL by
// hand fails lint (eslint.config.mjs, `urlReading`).
import { describe, expect, it } from 'vitest'
import { ruleMessages } from '@/scripts/lint/lint-snippet'

const urlProblems = async (filePath: string, code: string) =>
  (await ruleMessages(filePath, code, ['no-restricted-syntax'])).length

describe('reading a URL by hand in app/', () => {
  it.each([
    [
      'a route handler with new URL(request.url)',
      'app/api/x/route.ts',
      'export function GET(request: Request) { return Response.json(new URL(request.url).searchParams.get("q")) }',
    ],
    [
      'a route handler with nextUrl',
      'app/api/x/route.ts',
      'export function GET(request: { nextUrl: { searchParams: URLSearchParams } }) { return Response.json(request.nextUrl.searchParams.get("q")) }',
    ],
    [
      'a page reading a parameter',
      'app/(dashboard)/x/page.tsx',
      'export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string>> }) { return (await searchParams).month }',
    ],
    [
      'a page destructuring its parameters',
      'app/(dashboard)/x/page.tsx',
      'export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string>> }) { const { month } = await searchParams; return month }',
    ],
    [
      'a view calling searchParams.get',
      'app/(dashboard)/x/_components/v.tsx',
      'export function v(searchParams: URLSearchParams) { return searchParams.get("month") }',
    ],
    [
      'a view parsing a query string',
      'app/(dashboard)/x/_components/v.tsx',
      'export function v(text: string) { return new URLSearchParams(text) }',
    ],
  ])(
    'fails lint: %s',
    async (_name, filePath, code) => {
      expect(await urlProblems(filePath, code)).toBeGreaterThan(0)
    },
    30_000,
  )

  it('passes through the route module', async () => {
    const code =
      'import { functionsSearch } from "@/lib/search-params/functions"\nexport default async function Page({ searchParams }: { searchParams: Promise<Record<string, string>> }) { return functionsSearch.read(await searchParams).ok }'
    expect(await urlProblems('app/(dashboard)/x/page.tsx', code)).toBe(0)
  }, 30_000)
})
