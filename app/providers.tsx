'use client'

import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { z } from 'zod'
import { getQueryClient } from '@/lib/query/query-client'

// zod compiles object parsers with `new Function` when eval is allowed, and probes for it. The CSP forbids eval
// (proxy.ts), so the probe would be reported as a violation: in the browser, parse without compiling. Only
// there: zod's config is global, and the server's route handlers keep the compiled parsers.
if (typeof window !== 'undefined') z.config({ jitless: true })

export function Providers({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient()
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}
