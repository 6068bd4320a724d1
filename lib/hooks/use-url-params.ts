'use client'

import { useSearchParams } from 'next/navigation'
import { useCallback } from 'react'
import type { z } from 'zod'
import type { SearchParams, SearchParamsResult } from '@/lib/search-params/define-search-params'

/**
 * A page's filters live in its URL, read through the route's search-params module (the page's server render
 * read them the same way, so the query keys match). `set` changes some (others kept; empty values removed):
 * pushState keeps the change on the client (react-query fetches) and makes the link shareable.
 */
export function useUrlParams<S extends z.ZodType>(
  searchParams: SearchParams<S>,
): {
  link: SearchParamsResult<z.output<S>>
  set: (changes: Record<string, string | number | null | undefined>) => void
} {
  const params = useSearchParams()
  const set = useCallback(
    (changes: Record<string, string | number | null | undefined>) => {
      const next = new URLSearchParams(params.toString())
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key)
        else next.set(key, String(value))
      }
      const search = next.toString()
      window.history.pushState(null, '', search ? `?${search}` : window.location.pathname)
    },
    [params],
  )
  return { link: searchParams.read(params), set }
}
