'use client'

import { useSearchParams } from 'next/navigation'
import { useCallback } from 'react'

/**
 * A page's filters live in its URL: read them with `get`, change some with `set` (others kept; empty values
 * removed). pushState keeps the change on the client (react-query fetches) and makes the link shareable.
 */
export function useUrlParams() {
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
  const get = useCallback((key: string) => params.get(key) ?? undefined, [params])
  return { get, set, params }
}
