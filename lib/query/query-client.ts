import { isServer, QueryClient } from '@tanstack/react-query'

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Cost data changes a few times a day; a minute of staleness avoids refetching what the server just rendered.
      queries: { staleTime: 60_000, refetchOnWindowFocus: false, retry: isServer ? false : 1 },
    },
  })
}

let browserClient: QueryClient | undefined

/** A fresh client per server request (never shared between users), one client for the browser session. */
export function getQueryClient() {
  if (isServer) return makeQueryClient()
  browserClient ??= makeQueryClient()
  return browserClient
}
