// A route's URL parameters, read one way by its page (server and client) and its API route alike: the raw
// parameters (repeated ones as lists) go through the route's zod schema, and a link is written back in one
// stable spelling. Pages and route handlers never read a URL themselves (ESLint enforces it): they ask their
// route's module in lib/search-params.
import type { z } from 'zod'
import { describeZodError } from '@/lib/schemas/describe-zod-error'
import { UNSTORABLE_TEXT_MESSAGE, isStorableText } from '@/lib/schemas/storable-text'

/** What Next gives a page (`searchParams`), a route handler (`URL#searchParams`) or a client view (`useSearchParams()`). */
export type RawSearchParams = { entries(): Iterable<[string, string]> } | Record<string, string | string[] | undefined>

export type SearchParamsResult<T> =
  { ok: true; value: T } | { ok: false; message: string; issues: readonly z.core.$ZodIssue[] }

export type SearchParams<S extends z.ZodType> = {
  schema: S
  /** Validates the parameters; never throws. */
  read(source: RawSearchParams): SearchParamsResult<z.output<S>>
  /** `?a=1&b=x&b=y` for the given values (keys sorted, empty values left out), or '' when there are none. */
  search(values: Partial<Record<string, unknown>>): string
}

/** Parameters as a record: a repeated parameter becomes a list, in order. */
export function searchParamsRecord(source: RawSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {}
  const entries =
    typeof source.entries === 'function' && !isRecord(source)
      ? source.entries()
      : Object.entries(source).flatMap(([key, value]) =>
          value === undefined ? [] : [value].flat().map((item) => [key, item] as [string, string]),
        )
  for (const [key, value] of entries) {
    const existing = record[key]
    record[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  return record
}

function isRecord(source: RawSearchParams): source is Record<string, string | string[] | undefined> {
  return Object.getPrototypeOf(source) === Object.prototype || Object.getPrototypeOf(source) === null
}

export function toSearch(values: Partial<Record<string, unknown>>): string {
  const search = new URLSearchParams()
  for (const key of Object.keys(values).sort()) {
    for (const value of [values[key]].flat())
      if (value !== undefined && value !== null && value !== '') search.append(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

export function defineSearchParams<S extends z.ZodType>(schema: S): SearchParams<S> {
  return {
    schema,
    read(source) {
      const record = searchParamsRecord(source)
      for (const [key, value] of Object.entries(record)) {
        if (![key, value].flat().every(isStorableText)) {
          const issue = {
            code: 'custom',
            path: [isStorableText(key) ? key : '?'],
            message: UNSTORABLE_TEXT_MESSAGE,
            input: value,
          } as z.core.$ZodIssue
          return {
            ok: false,
            message: `Invalid \`${issue.path[0]!.toString()}\`: ${UNSTORABLE_TEXT_MESSAGE}`,
            issues: [issue],
          }
        }
      }
      const parsed = schema.safeParse(record)
      return parsed.success
        ? { ok: true, value: parsed.data }
        : { ok: false, message: describeZodError(parsed.error, 'query'), issues: parsed.error.issues }
    },
    search: toSearch,
  }
}
